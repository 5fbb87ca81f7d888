import { ruleVersionFor } from "../scoring/rule-version-at";
import { scoreAssessment, thresholdPoints } from "../scoring/score-assessment";
import type { Assessment } from "../schemas/assessment";
import type { RuleVersion } from "../schemas/rules";
import { markKindOfStatus, type MarkKind } from "./mark-kind";

export type ScoreHistoryPoint = {
  id: string;
  date: string;
  status: Assessment["status"];
  kind: MarkKind;
  total: number | null;
  range: { min: number; max: number };
  outOf: number;
  threshold: number;
};

/** Every assessment and projection in date order, scored under the rules of its date; the chart draws these. */
export const scoreHistory = (assessments: ReadonlyArray<Assessment>, rules: ReadonlyArray<RuleVersion>): ScoreHistoryPoint[] =>
  [...assessments]
    .filter((assessment) => assessment.status !== "scenario")
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((assessment) => {
      const rule = ruleVersionFor(rules, assessment);
      const score = scoreAssessment(assessment, rule);
      return {
        id: assessment.id,
        date: assessment.date,
        status: assessment.status,
        // A computed year is its own series even when it is a range; elsewhere an unknown total is "no data".
        kind: assessment.status === "computed" ? "computed" : score.total === null ? "nodata" : markKindOfStatus(assessment.status),
        total: score.total,
        range: score.range,
        outOf: score.applicablePoints,
        threshold: thresholdPoints(score.applicablePoints, rule?.passMarkPercent),
      };
    });
