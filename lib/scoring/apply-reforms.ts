import type { CriterionId } from "../schemas/common";
import { criterionIds } from "../schemas/ids";
import type { Assessment, CriterionScore } from "../schemas/assessment";
import type { Reform } from "../schemas/reform";
import { judgeRange, measuredCriteriaOf, passRuleOf, possibleCompletions, POINTS_PER_CRITERION, type EligibilityScore, type PointRange, type ScoringRule } from "./score-assessment";

/** Points a criterion has after reforms: adds stack, "raise-to" sets a floor, 4 is the cap. Order never matters. */
export const pointsAfterReforms = (before: number, reforms: ReadonlyArray<Pick<Reform, "effect" | "points">>) => {
  const added = reforms.filter((reform) => reform.effect === "add").reduce((sum, reform) => sum + reform.points, 0);
  const floor = Math.max(0, ...reforms.filter((reform) => reform.effect === "raise-to").map((reform) => reform.points));
  return Math.min(POINTS_PER_CRITERION, Math.max(before + added, floor));
};

export type CriterionGain = { criterion: CriterionId; before: number | null; after: number | null; gain: PointRange };

export type Scenario = {
  /** Always status "scenario": a what-if, never data. */
  assessment: Assessment;
  base: Assessment;
  reforms: Reform[];
  gains: CriterionGain[];
  score: EligibilityScore;
};

const uniqueById = (reforms: ReadonlyArray<Reform>) => [...new Map(reforms.map((reform) => [reform.id, reform])).values()];

/**
 * Applies reforms to an assessment. Where a criterion's starting points are unknown the result is a range over
 * every starting value the rules and the known total allow, so the scenario never claims more than the data supports.
 */
export const applyReforms = (
  base: Assessment,
  chosen: ReadonlyArray<Reform>,
  options: { id: string; label: Assessment["label"]; rule?: ScoringRule },
): Scenario => {
  const reforms = uniqueById(chosen).sort((a, b) => a.id.localeCompare(b.id));
  const byCriterion = (criterion: CriterionId) => reforms.filter((reform) => reform.criterion === criterion);

  const criteria = Object.fromEntries(
    criterionIds.map((criterion): [CriterionId, CriterionScore] => {
      const score = base.criteria[criterion];
      const applied = byCriterion(criterion);
      if (score.points === null || applied.length === 0) return [criterion, score];
      const after = pointsAfterReforms(score.points, applied);
      return [criterion, after === score.points ? score : { points: after, basis: "scenario", sources: score.sources }];
    }),
  ) as Assessment["criteria"];

  const completions = possibleCompletions(base, options.rule);
  const totals = completions.map((completion) =>
    criterionIds.reduce((sum, criterion) => {
      const before = base.criteria[criterion].points ?? completion[criterion];
      if (before === undefined) return sum; // not measured
      return sum + pointsAfterReforms(before, byCriterion(criterion));
    }, 0),
  );
  const range = { min: Math.min(...totals), max: Math.max(...totals) };

  const gains = criterionIds.map((criterion): CriterionGain => {
    const before = base.criteria[criterion].points;
    const after = criteria[criterion].points;
    if (before !== null && after !== null) return { criterion, before, after, gain: { min: after - before, max: after - before } };
    const perCompletion = completions
      .map((completion) => completion[criterion])
      .filter((value): value is number => value !== undefined)
      .map((value) => pointsAfterReforms(value, byCriterion(criterion)) - value);
    const gain = perCompletion.length ? { min: Math.min(...perCompletion), max: Math.max(...perCompletion) } : { min: 0, max: 0 };
    return { criterion, before, after, gain };
  });

  const measured = measuredCriteriaOf(base);
  const exact = range.min === range.max;
  const assessment: Assessment = {
    ...base,
    id: options.id,
    label: options.label,
    status: "scenario",
    criteria,
    total: exact ? { points: range.min, outOf: base.total?.outOf ?? ((measured * POINTS_PER_CRITERION) as 16 | 12 | 8 | 4), basis: "scenario", sources: [] } : null,
  };
  return { assessment, base, reforms, gains, score: judgeRange(range, measured, passRuleOf(options.rule)) };
};
