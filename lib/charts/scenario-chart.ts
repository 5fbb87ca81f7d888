import type { CriterionId } from "../schemas/common";
import { criterionIds } from "../schemas/ids";
import type { Scenario } from "../scoring/apply-reforms";
import { scoreAssessment, type PointRange, type ScoringRule } from "../scoring/score-assessment";

export type ScenarioCriterionRow = {
  criterion: CriterionId;
  /** null where the starting assessment does not give this criterion's points. */
  start: number | null;
  scenario: number | null;
  /** What the reforms add; a range when the start is unknown. */
  gain: PointRange;
};

export type ScenarioChartData = {
  criteria: ScenarioCriterionRow[];
  start: PointRange;
  scenario: PointRange;
  threshold: number;
  applicable: number;
};

/** The numbers every scenario figure draws (server SVG and the live chart alike), from one scored scenario. */
export const scenarioChartData = (scenario: Scenario, rule?: ScoringRule): ScenarioChartData => {
  const start = scoreAssessment(scenario.base, rule);
  return {
    criteria: criterionIds.map((criterion) => {
      const gain = scenario.gains.find((candidate) => candidate.criterion === criterion);
      return {
        criterion,
        start: scenario.base.criteria[criterion].points,
        scenario: scenario.assessment.criteria[criterion].points,
        gain: gain?.gain ?? { min: 0, max: 0 },
      };
    }),
    start: start.range,
    scenario: scenario.score.range,
    threshold: scenario.score.thresholdPoints,
    applicable: scenario.score.applicablePoints,
  };
};
