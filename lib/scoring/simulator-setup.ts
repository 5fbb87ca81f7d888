import { criterionIds } from "../schemas/common";
import type { Assessment } from "../schemas/assessment";
import type { Reform } from "../schemas/reform";
import type { RuleVersion } from "../schemas/rules";
import { ruleVersionAt } from "./rule-version-at";
import { scoringRuleOf, type ScoringRule } from "./score-assessment";
import { assessmentHistory, latestWithCriteria } from "./select-assessments";

export type SimulatorBase = { assessment: Assessment; rule: ScoringRule | null };
export type SimulatorSetup = { bases: SimulatorBase[]; reforms: Reform[]; defaultBase: string };

/** An assessment without its long texts (derivations, notes, summary): what the simulator needs to score it. */
export const scoringCopyOf = (assessment: Assessment): Assessment => ({
  ...assessment,
  summary: assessment.label,
  attribution: assessment.label,
  criteria: Object.fromEntries(
    criterionIds.map((criterion) => {
      const { points, basis, sources } = assessment.criteria[criterion];
      return [criterion, { points, basis, sources }];
    }),
  ) as Assessment["criteria"],
  total: assessment.total && { points: assessment.total.points, outOf: assessment.total.outOf, basis: assessment.total.basis, sources: assessment.total.sources },
  valuesCheck: { ...assessment.valuesCheck, note: assessment.label },
});

/** What the simulator can start from (every observed assessment, in date order), the reforms, and the default start. */
export const simulatorSetup = (data: { assessments: ReadonlyArray<Assessment>; rules: ReadonlyArray<RuleVersion>; reforms: ReadonlyArray<Reform> }): SimulatorSetup => {
  const history = assessmentHistory(data.assessments);
  const defaultBase = latestWithCriteria(data.assessments)?.id ?? history.at(-1)?.id;
  if (!defaultBase) throw new Error("simulatorSetup: no assessment to start from");
  return {
    bases: history.map((assessment) => {
      const rule = ruleVersionAt(data.rules, assessment.date);
      return { assessment: scoringCopyOf(assessment), rule: rule ? scoringRuleOf(rule) : null };
    }),
    reforms: [...data.reforms],
    defaultBase,
  };
};
