import { POINTS_PER_CRITERION } from "../../scoring/score-assessment";
import type { Scenario } from "../../scoring/apply-reforms";
import type { ScoringRule } from "../../scoring/score-assessment";
import { stepTicks } from "../ticks";
import type { Mark, MarkStatus, Range, RowsChart } from "../description";
import { scenarioChartData } from "../scenario-chart";
import { describeAssessmentCriteria } from "./criteria";
import { rangeLabels, rangeText, statusLabels, tableColumns, unique, type DescribeContext } from "./common";

const exactOrRange = (range: Range): Range => range;

/**
 * A scenario's two charts, for the static figure and the simulator's live chart alike: the total at the start and
 * with the reforms against the pass mark, and the four criteria of the scenario.
 */
export const describeScenario = (scenario: Scenario, { rule, passMarkPercent, id }: { rule?: ScoringRule; passMarkPercent: number; id: string }, context: DescribeContext) => {
  const { t } = context;
  const data = scenarioChartData(scenario, rule);
  const outOf = data.applicable;
  const score = (range: Range) => (range.min === range.max ? t("path.score", { points: range.min, outOf }) : t("path.scoreRange", { min: range.min, max: range.max, outOf }));
  const baseStatus: MarkStatus = scenario.base.status === "projection" || scenario.base.status === "scenario" ? scenario.base.status : scenario.base.status;
  const full = (range: Range) => range.min === 0 && range.max === outOf;
  const marks: Mark[] = [
    { id: "start", series: "start", row: "start", status: full(data.start) ? "nodata" : baseStatus, value: full(data.start) ? null : exactOrRange(data.start), label: full(data.start) ? t("common.noData") : rangeText(data.start), priority: 2, valueText: score(data.start), name: t("path.barStart"), date: scenario.base.date, outOf, sources: scenario.base.sources },
    { id: "scenario", series: "scenario", row: "scenario", status: "scenario", value: exactOrRange(data.scenario), label: rangeText(data.scenario), priority: 3, valueText: score(data.scenario), name: t("path.barScenario"), date: null, outOf, sources: [] },
  ];
  const total: RowsChart = {
    type: "rows",
    id: `${id}-total`,
    title: t("path.chartTitle"),
    subtitle: t("path.figureSubtitle", { outOf }),
    summary: t("path.chartSummary", { start: score(data.start), scenario: score(data.scenario), threshold: data.threshold, outOf }),
    series: [
      { id: "start", shape: "bar" },
      { id: "scenario", shape: "bar" },
    ],
    marks,
    rows: [
      { key: "start", label: t("path.barStart") },
      { key: "scenario", label: t("path.barScenario"), emphasis: true },
    ],
    threshold: { value: data.threshold, label: t("charts.thresholdLabel", { threshold: data.threshold, outOf, passMark: `${passMarkPercent}%` }) },
    notes: [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique(scenario.base.sources),
    tableColumns: tableColumns(t),
    valueAxis: { max: outOf, ticks: stepTicks(outOf, POINTS_PER_CRITERION), label: t("charts.pointsAxis", { outOf }) },
  };
  const criteria = describeAssessmentCriteria(scenario.assessment, context, { id: `${id}-criteria` });
  return { total, criteria };
};
