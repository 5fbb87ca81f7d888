import type { CriterionId } from "../schemas/common";
import { criterionIds } from "../schemas/ids";
import type { Assessment } from "../schemas/assessment";
import type { CriterionRule, RuleVersion } from "../schemas/rules";

export const POINTS_PER_CRITERION = 4;
const DEFAULT_PASS_MARK_PERCENT = 75;
const DEFAULT_MINIMUM_CRITERIA = 3;

export type Eligibility = "eligible" | "below-threshold" | "not-enough-data" | "unknown";
export type PointRange = { min: number; max: number };

/**
 * The part of a rule version the arithmetic reads: the pass mark, the minimum of measured criteria and the point
 * values each criterion allows. A full RuleVersion is one; a page can hand a client island just this much.
 */
export type ScoringRule = Pick<RuleVersion, "passMarkPercent"> & {
  minimumCriteriaMeasured: Pick<RuleVersion["minimumCriteriaMeasured"], "value">;
  criteria: Record<CriterionId, Pick<CriterionRule, "allowedPoints">>;
};

/** Trims a rule version to what scoring needs (no texts, no sources). */
export const scoringRuleOf = (rule: ScoringRule): ScoringRule => ({
  passMarkPercent: rule.passMarkPercent,
  minimumCriteriaMeasured: { value: rule.minimumCriteriaMeasured.value },
  criteria: Object.fromEntries(criterionIds.map((criterion) => [criterion, { allowedPoints: rule.criteria[criterion].allowedPoints }])) as ScoringRule["criteria"],
});

/** What the rules in force say about passing: the pass mark and how many criteria must be measured. */
export type PassRule = { passMarkPercent: number; minimumCriteriaMeasured: number };

export const passRuleOf = (rule?: Pick<ScoringRule, "passMarkPercent" | "minimumCriteriaMeasured">): PassRule => ({
  passMarkPercent: rule?.passMarkPercent ?? DEFAULT_PASS_MARK_PERCENT,
  minimumCriteriaMeasured: rule?.minimumCriteriaMeasured.value ?? DEFAULT_MINIMUM_CRITERIA,
});

/** 4 points per criterion OGP could measure: 16, or 12 when one criterion is not measured. */
export const applicablePoints = (measuredCriteria: number) => POINTS_PER_CRITERION * measuredCriteria;

/** The pass mark in points: 75 % of the applicable points, rounded up (12 of 16, 9 of 12). */
export const thresholdPoints = (applicable: number, passMarkPercent = DEFAULT_PASS_MARK_PERCENT) =>
  Math.ceil((applicable * passMarkPercent) / 100 - 1e-9);

export type EligibilityScore = {
  measuredCriteria: number;
  applicablePoints: number;
  thresholdPoints: number;
  /** The total when known exactly; otherwise null and `range` says what it could be. */
  total: number | null;
  range: PointRange;
  percent: number | null;
  /** Points still missing to reach the pass mark (0 once reached); null when the total is not known. */
  gap: number | null;
  eligibility: Eligibility;
};

/** Turns a range of possible totals into OGP's verdict under a pass rule. */
export const judgeRange = (range: PointRange, measuredCriteria: number, passRule: PassRule = passRuleOf()): EligibilityScore => {
  const applicable = applicablePoints(measuredCriteria);
  const threshold = thresholdPoints(applicable, passRule.passMarkPercent);
  const exact = range.min === range.max ? range.min : null;
  const base = {
    measuredCriteria,
    applicablePoints: applicable,
    thresholdPoints: threshold,
    total: exact,
    range,
  };
  if (measuredCriteria < passRule.minimumCriteriaMeasured) {
    // OGP shows "Not enough data" with no percentage.
    return { ...base, percent: null, gap: null, eligibility: "not-enough-data" };
  }
  const eligibility: Eligibility = range.min >= threshold ? "eligible" : range.max < threshold ? "below-threshold" : "unknown";
  return {
    ...base,
    percent: exact === null || applicable === 0 ? null : (exact / applicable) * 100,
    gap: exact === null ? null : Math.max(0, threshold - exact),
    eligibility,
  };
};

const allPointValues = [0, 1, 2, 3, 4] as const;

/** The point values a criterion can take under a rule version (any 0–4 where the rule does not say). */
export const possiblePoints = (criterion: CriterionId, rule?: ScoringRule): ReadonlyArray<number> =>
  rule?.criteria[criterion].allowedPoints ?? allPointValues;

/** Every combination of values the unknown criteria could take, given the rule and a known total (if any). */
export const possibleCompletions = (
  assessment: Pick<Assessment, "criteria" | "total" | "outcomes">,
  rule?: ScoringRule,
): Array<Partial<Record<CriterionId, number>>> => {
  if (assessment.outcomes) {
    // A computed assessment knows its joint outcomes: complete only the criteria it leaves open, from those.
    const open = criterionIds.filter((criterion) => assessment.criteria[criterion].points === null && assessment.criteria[criterion].basis !== "not-measured");
    const projected = assessment.outcomes.map((outcome) => Object.fromEntries(open.map((criterion) => [criterion, outcome[criterion] ?? 0])) as Partial<Record<CriterionId, number>>);
    return [...new Map(projected.map((completion) => [JSON.stringify(completion), completion])).values()];
  }
  const unknown = criterionIds.filter((criterion) => assessment.criteria[criterion].basis === "unknown");
  const known = criterionIds.reduce((sum, criterion) => sum + (assessment.criteria[criterion].points ?? 0), 0);
  let completions: Array<Partial<Record<CriterionId, number>>> = [{}];
  for (const criterion of unknown) {
    completions = completions.flatMap((partial) => possiblePoints(criterion, rule).map((points) => ({ ...partial, [criterion]: points })));
  }
  if (assessment.total === null) return completions;
  const target = assessment.total.points - known;
  return completions.filter((completion) => Object.values(completion).reduce((sum, points) => sum + (points ?? 0), 0) === target);
};

export const measuredCriteriaOf = (assessment: Pick<Assessment, "criteria">) =>
  criterionIds.filter((criterion) => assessment.criteria[criterion].basis !== "not-measured").length;

/** Sum of the criteria whose points are known. */
export const knownPoints = (assessment: Pick<Assessment, "criteria">) =>
  criterionIds.reduce((sum, criterion) => sum + (assessment.criteria[criterion].points ?? 0), 0);

/** Scores one assessment under the rule version in force at its date. */
export const scoreAssessment = (assessment: Assessment, rule?: ScoringRule): EligibilityScore => {
  const measured = measuredCriteriaOf(assessment);
  let range: PointRange;
  if (assessment.total !== null) {
    range = { min: assessment.total.points, max: assessment.total.points };
  } else {
    const known = knownPoints(assessment);
    const sums = possibleCompletions(assessment, rule).map((completion) => known + Object.values(completion).reduce((sum, points) => sum + (points ?? 0), 0));
    range = { min: Math.min(...sums), max: Math.max(...sums) };
  }
  return judgeRange(range, measured, passRuleOf(rule));
};
