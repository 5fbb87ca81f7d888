import type { Assessment, CriterionScore } from "../schemas/assessment";
import { criterionIds, type CriterionId, type LocalizedText } from "../schemas/common";
import type { ComputedCriterion, ComputedYear, InputEvidence, MissingInput } from "../schemas/computed";
import type { Dataset } from "../schemas/dataset";
import { calibrateReadings, type Calibration } from "./calibrate-readings";
import { countryInputs } from "./country-inputs";
import { lawAssumptionSets, lawUnknowns, lawUnknownsIn, matchesFigure, restrictAssumptions, outcomeMeasured, outcomeVerdict, outcomesOf, outcomeTotal, scoreCombination, type CombinationResult, type LawUnknown, type Outcome, type PublishedFigure } from "./eligibility-engine";
import { ruleVersionForDataYear } from "./rule-version-at";
import { thresholdPoints, type Eligibility, type PointRange } from "./score-assessment";
import { evidenceSources } from "./evidence-sources";


type Data = Pick<Dataset, "questions" | "rules" | "assessments" | "peers" | "sources" | "inputs">;

const range = (values: ReadonlyArray<number>): PointRange => ({ min: Math.min(...values), max: Math.max(...values) });
const outcomeKey = (outcome: Outcome) => criterionIds.map((criterion) => outcome[criterion] ?? "-").join(",");
const uniqueOutcomes = (outcomes: ReadonlyArray<Outcome>) => [...new Map(outcomes.map((outcome) => [outcomeKey(outcome), outcome])).values()];
const uniqueEvidence = (evidence: ReadonlyArray<InputEvidence>) => [...new Map(evidence.map((item) => [JSON.stringify(item), item])).values()];

/**
 * A combination's result narrowed to the outcomes that match every given figure, each criterion's points recomputed
 * from those outcomes (a combination that survived calibration always keeps at least one).
 */
const conditionOn = (result: CombinationResult, figures: ReadonlyArray<PublishedFigure>): CombinationResult => {
  if (figures.length === 0) return result;
  const kept = outcomesOf(result).filter((outcome) => figures.every((figure) => matchesFigure(outcome, figure)));
  if (kept.length === 0) return result;
  const criteria = Object.fromEntries(
    criterionIds.map((criterion): [CriterionId, CombinationResult["criteria"][CriterionId]] => [
      criterion,
      { ...result.criteria[criterion], possible: [...new Set(kept.map((outcome) => outcome[criterion]))].sort((a, b) => (a ?? -1) - (b ?? -1)) },
    ]),
  ) as CombinationResult["criteria"];
  return { ...result, criteria };
};

/** OGP's verdict over every outcome: eligible only if all are, below only if none is. */
const judgeOutcomes = (outcomes: ReadonlyArray<Outcome>, passMarkPercent: number, minimumCriteriaMeasured: number): Eligibility => {
  const verdicts = outcomes.map((outcome) => outcomeVerdict(outcome, { passMarkPercent, minimumCriteriaMeasured }));
  return new Set(verdicts).size === 1 ? verdicts[0] : "unknown";
};

/** The computed assessment of one country and OGP data year, under every combination of readings that survived. */
export const computeYear = (data: Data, calibration: Calibration, country: string, dataYear: number): ComputedYear | undefined => {
  const rule = ruleVersionForDataYear(data.rules, dataYear);
  if (!rule || calibration.combinations.length === 0) return undefined;
  const inputs = countryInputs(data, country);
  // A figure published for this very year pins down what the inputs leave open: keep only the outcomes that match it.
  const sameYear = calibration.figures.filter((figure) => figure.usedAsTest && figure.country === country && figure.dataYear === dataYear);
  // Only the legal facts of texts that applied this year can change this year's points: settlings that differ only in
  // other texts give the same result, so each combination is scored once per distinct relevant settling.
  const unknowns = lawUnknownsIn(lawUnknowns(inputs), inputs, dataYear);
  const unsettled = lawAssumptionSets(lawUnknowns(inputs));
  const results = calibration.surviving.flatMap((index) => {
    const settlings = new Map((calibration.consistentAssumptions[index].get(country) ?? unsettled).map((assumptions) => {
      const relevant = restrictAssumptions(assumptions, unknowns);
      return [JSON.stringify(relevant), relevant] as const;
    }));
    return [...settlings.values()].map((assumptions) => conditionOn(scoreCombination(inputs, dataYear, rule, calibration.combinations[index], assumptions), sameYear));
  });
  // Each result's outcomes, keys and projections once: the driver search below compares them many times.
  const rows = results.map((result) => {
    const own = outcomesOf(result);
    return {
      result,
      outcomes: own,
      readings: result.combination.readings.map((chosen) => chosen.reading.id),
      laws: unknowns.map((unknown) => JSON.stringify(result.assumptions[unknown.law] ?? null)),
      totals: [...new Set(own.map(outcomeTotal))].sort((a, b) => a - b).join(","),
      criteria: Object.fromEntries(criterionIds.map((criterion) => [criterion, result.criteria[criterion].possible.join(",")])) as Record<CriterionId, string>,
    };
  });
  type Row = (typeof rows)[number];
  const outcomes = uniqueOutcomes(rows.flatMap((row) => row.outcomes));
  const totals = outcomes.map(outcomeTotal);

  // A question (or an unknown legal fact) matters where two results that differ only in it give different points:
  // group the results by everything else, and look for a group with more than one projection.
  const varies = (keyOf: (row: Row) => string, project: (row: Row) => string) => {
    const groups = new Map<string, string>();
    for (const row of rows) {
      const key = keyOf(row);
      const projection = project(row);
      const seen = groups.get(key);
      if (seen === undefined) groups.set(key, projection);
      else if (seen !== projection) return true;
    }
    return false;
  };
  const keyWithout = (row: Row, question: number | null, law: number | null) =>
    `${row.readings.map((id, index) => (index === question ? "*" : id)).join("|")}#${row.laws.map((value, index) => (index === law ? "*" : value)).join("|")}`;
  const drivers = (project: (row: Row) => string) => ({
    questions: calibration.questions.filter((_, index) => varies((row) => keyWithout(row, index, null), project)).map((question) => question.id),
    laws: unknowns.filter((_, index) => varies((row) => keyWithout(row, null, index), project)),
  });
  const lawMissing = (laws: ReadonlyArray<LawUnknown>): MissingInput[] => laws.map((unknown) => (unknown.fact === "publicAccess" ? "asset-access" : "ati-explicitness"));

  const criteria = Object.fromEntries(
    criterionIds.map((criterion): [CriterionId, ComputedCriterion] => {
      const possible = [...new Set(results.flatMap((result) => result.criteria[criterion].possible))].sort((a, b) => (a ?? -1) - (b ?? -1));
      const evidence = uniqueEvidence(results.flatMap((result) => result.criteria[criterion].evidence));
      const driving = possible.length > 1 ? drivers((row) => row.criteria[criterion]) : { questions: [], laws: [] };
      return [
        criterion,
        {
          possible,
          evidence: evidence.filter((item) => item.kind !== "missing"),
          openQuestions: driving.questions,
          missingInputs: [...new Set([...evidence.flatMap((item) => (item.kind === "missing" ? [item.what] : [])), ...lawMissing(driving.laws)])],
        },
      ];
    }),
  ) as Record<CriterionId, ComputedCriterion>;

  const total = range(totals);
  const totalDrivers = () => {
    const driving = drivers((row) => row.totals);
    return {
      questions: driving.questions,
      missingInputs: [...new Set([...criterionIds.flatMap((criterion) => (criteria[criterion].possible.length > 1 ? criteria[criterion].missingInputs.filter((what) => what !== "asset-access" && what !== "ati-explicitness") : [])), ...lawMissing(driving.laws)])],
    };
  };
  const applicable = range(outcomes.map((outcome) => outcomeMeasured(outcome) * 4));
  const exact = total.min === total.max;
  return {
    id: `computed-${country.toLowerCase()}-${dataYear}`,
    country,
    dataYear,
    ruleVersion: rule.id,
    criteria,
    outcomes,
    total,
    applicable,
    threshold: { min: thresholdPoints(applicable.min, rule.passMarkPercent), max: thresholdPoints(applicable.max, rule.passMarkPercent) },
    eligibility: judgeOutcomes(outcomes, rule.passMarkPercent, rule.minimumCriteriaMeasured.value),
    rangeBecause: exact ? { questions: [], missingInputs: [] } : totalDrivers(),
    combinations: { surviving: calibration.surviving.length, total: calibration.combinations.length },
    conflict: calibration.conflict,
  };
};

/** The OGP data years the release computes (release.json → computed); none for a release from before the engine. */
export const computedDataYears = (data: Pick<Dataset, "release" | "questions">): number[] => {
  const span = data.release.computed;
  if (!span || data.questions.length === 0) return [];
  return Array.from({ length: span.toDataYear - span.fromDataYear + 1 }, (_, index) => span.fromDataYear + index);
};

/** Vietnam's computed assessment for every data year the release covers; none for a release from before the engine. */
export const computedHistory = (data: Data & Pick<Dataset, "release">): ComputedYear[] => {
  const years = computedDataYears(data);
  if (years.length === 0) return [];
  const calibration = calibrateReadings(data);
  const country = data.release.computed!.country;
  return years.map((year) => computeYear(data, calibration, country, year)).filter((year): year is ComputedYear => year !== undefined);
};

/** The newest computed year: "where Vietnam stands" by OGP's rules on today's public data. */
export const latestComputed = (data: Data & Pick<Dataset, "release">) => computedHistory(data).at(-1);

const fill = (text: LocalizedText, year: number): LocalizedText => ({ vi: text.vi.replaceAll("{year}", String(year)), en: text.en.replaceAll("{year}", String(year)) });

/**
 * A computed year in the shape of an assessment (status "computed"), so the score, the simulator, scenarios and
 * charts treat it like any other assessment; its joint outcomes keep ranges honest.
 */
export const computedAsAssessment = (computed: ComputedYear, data: Pick<Dataset, "release" | "rules">): Assessment => {
  const span = data.release.computed!;
  const rule = ruleVersionForDataYear(data.rules, computed.dataYear);
  const criteria = Object.fromEntries(
    criterionIds.map((criterion): [CriterionId, CriterionScore] => {
      const { possible, evidence } = computed.criteria[criterion];
      const sources = evidenceSources(evidence);
      const points = possible.filter((value): value is number => value !== null);
      if (points.length === 0) return [criterion, { points: null, basis: "not-measured", sources }];
      return [criterion, { points: points.length === 1 ? points[0] : null, basis: "computed", possible: points, sources }];
    }),
  ) as Assessment["criteria"];
  const sources = [...new Set(criterionIds.flatMap((criterion) => criteria[criterion].sources))];
  return {
    id: computed.id,
    label: fill(span.label, computed.dataYear),
    date: String(computed.dataYear),
    status: "computed",
    attribution: span.attribution,
    summary: fill(span.summary, computed.dataYear),
    criteria,
    total: null,
    outcomes: computed.outcomes.map((outcome) => ({ ...outcome })),
    valuesCheck: rule?.valuesCheck
      ? { result: "unknown", note: rule.valuesCheck.description, sources: rule.valuesCheck.sources }
      : { result: "not-applicable", note: span.beforeValuesCheck, sources: [] },
    sources: sources.length > 0 ? sources : rule?.sources ?? [],
  };
};
