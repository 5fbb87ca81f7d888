import type { EligibilityScore, PointRange } from "./score-assessment";

/** Points still missing to the pass mark, as a range when the total is only known as a range (0 once reached). */
export const gapRange = (score: Pick<EligibilityScore, "range" | "thresholdPoints">): PointRange => ({
  min: Math.max(0, score.thresholdPoints - score.range.max),
  max: Math.max(0, score.thresholdPoints - score.range.min),
});
