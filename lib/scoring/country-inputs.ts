import type { Dataset } from "../schemas/dataset";
import { datedCopyOfRound, roundWithoutScores } from "../schemas/inputs";
import type { CountryInputs } from "./eligibility-engine";

/** The first Open Budget Survey round that IBP dated for every country at once (earlier rounds have no sourced date). */
const FIRST_DATED_ROUND = 2012;

/**
 * The engine's inputs for one country, from inputs.json and (for survey rounds of peers) peers.json. A country the
 * survey covers is taken to be in every later round IBP released (a round we hold for any country, with its date):
 * a round we have no row for is a round whose document statuses we do not know, never a round that did not happen.
 */
export const countryInputs = (data: Pick<Dataset, "inputs" | "peers">, country: string): CountryInputs => {
  const seen = new Set<number>();
  const allRounds = [...data.inputs.openBudgetSurvey, ...data.peers.openBudgetSurvey];
  const own = allRounds.filter((round) => {
    if (round.country !== country || seen.has(round.round)) return false;
    seen.add(round.round);
    return true;
  });
  const first = Math.min(...own.map((round) => round.round));
  const laterRounds = own.length === 0 ? [] : [...new Set(allRounds.map((round) => round.round))].filter((round) => round >= FIRST_DATED_ROUND && round > first && !seen.has(round));
  const unknownRounds = laterRounds.flatMap((round) => {
    const reference = datedCopyOfRound(allRounds, round);
    return reference ? [roundWithoutScores(country, reference, round, { executiveBudgetProposal: null, auditReport: null }, reference.sources)] : [];
  });
  const listed = data.peers.countries.find((candidate) => candidate.code === country);
  const notSurveyed = listed?.notInOpenBudgetSurvey;
  return {
    country,
    obsRounds: [...own, ...unknownRounds].sort((a, b) => a.round - b.round),
    lawHistoryComplete: listed?.lawHistoryComplete === true,
    ...(listed?.notInDemocracyIndex ? { eiuNotCovered: { sources: listed.notInDemocracyIndex.sources } } : {}),
    ...(notSurveyed ? { obsNotSurveyed: { throughRound: notSurveyed.throughRound, sources: notSurveyed.sources } } : {}),
    eiuEditions: data.inputs.democracyIndex.filter((edition) => edition.country === country),
    laws: data.inputs.laws.filter((law) => law.country === country),
  };
};
