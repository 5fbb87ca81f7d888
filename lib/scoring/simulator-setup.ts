import { criterionIds } from "../schemas/common";
import type { Assessment } from "../schemas/assessment";
import type { Dataset } from "../schemas/dataset";
import type { Reform } from "../schemas/reform";
import { boundByComputed } from "./named-scenario";
import { ruleVersionFor } from "./rule-version-at";
import { scoringRuleOf, type ScoringRule } from "./score-assessment";
import { assessmentHistory } from "./select-assessments";
import { assessmentsWithComputed, vietnamToday } from "./vietnam-today";

export type SimulatorBase = { assessment: Assessment; rule: ScoringRule | null };
export type SimulatorSetup = { bases: SimulatorBase[]; reforms: Reform[]; defaultBase: string };

/** An assessment without its long texts (derivations, notes, summary): what the simulator needs to score it. */
export const scoringCopyOf = (assessment: Assessment): Assessment => ({
  ...assessment,
  summary: assessment.label,
  attribution: assessment.label,
  criteria: Object.fromEntries(
    criterionIds.map((criterion) => {
      const { points, basis, possible, sources } = assessment.criteria[criterion];
      return [criterion, possible ? { points, basis, possible, sources } : { points, basis, sources }];
    }),
  ) as Assessment["criteria"],
  total: assessment.total && { points: assessment.total.points, outOf: assessment.total.outOf, basis: assessment.total.basis, sources: assessment.total.sources },
  valuesCheck: { ...assessment.valuesCheck, note: assessment.label },
});

type Data = Pick<Dataset, "release" | "questions" | "rules" | "assessments" | "peers" | "sources" | "inputs" | "reforms">;

/**
 * What the simulator can start from (every observed assessment and every computed data year, in date order), the
 * reforms, and the default start: the computed estimate for the latest data year (a release from before the
 * eligibility engine: its newest published assessment). A published assessment without a per-criterion split is
 * bounded by its data year's computed assessment exactly as a named scenario's start is (boundByComputed), so a named
 * scenario opened in the simulator shows the same result as its page.
 */
export const simulatorSetup = (data: Data): SimulatorSetup => {
  const history = assessmentHistory(assessmentsWithComputed(data));
  const computed = history.filter((assessment) => assessment.status === "computed");
  const defaultBase = vietnamToday(data).latest?.assessment.id ?? history.at(-1)?.id;
  if (!defaultBase) throw new Error("simulatorSetup: no assessment to start from");
  return {
    bases: history.map((assessment) => {
      const rule = ruleVersionFor(data.rules, assessment);
      const sameYear = assessment.dataYear && computed.find((candidate) => candidate.date === String(assessment.dataYear?.year));
      const bounded = boundByComputed(assessment, sameYear || undefined, rule);
      return { assessment: scoringCopyOf(bounded), rule: rule ? scoringRuleOf(rule) : null };
    }),
    reforms: [...data.reforms],
    defaultBase,
  };
};

/** The simulator's default start, scored as the simulator scores it: what a reform's reach is said from across the site. */
export const simulatorStart = (data: Data): SimulatorBase => {
  const setup = simulatorSetup(data);
  return setup.bases.find((base) => base.assessment.id === setup.defaultBase)!;
};
