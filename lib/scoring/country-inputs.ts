import type { Dataset } from "../schemas/dataset";
import type { CountryInputs } from "./eligibility-engine";

/** The engine's inputs for one country, from inputs.json and (for survey rounds of peers) peers.json. */
export const countryInputs = (data: Pick<Dataset, "inputs" | "peers">, country: string): CountryInputs => {
  const seen = new Set<number>();
  const obsRounds = [...data.inputs.openBudgetSurvey, ...data.peers.openBudgetSurvey].filter((round) => {
    if (round.country !== country || seen.has(round.round)) return false;
    seen.add(round.round);
    return true;
  });
  return {
    country,
    obsRounds,
    eiuEditions: data.inputs.democracyIndex.filter((edition) => edition.country === country),
    laws: data.inputs.laws.filter((law) => law.country === country),
  };
};
