import { pick } from "../../format/localized";
import type { Assessment } from "../../schemas/assessment";
import type { CriterionId } from "../../schemas/common";
import { criterionIds } from "../../schemas/ids";
import { POINTS_PER_CRITERION } from "../../scoring/score-assessment";
import type { Mark, MarkStatus, Range, RowsChart } from "../description";
import { rangeLabels, rangeText, statusLabels, tableColumns, unique, valueText, type DescribeContext } from "./common";

/** One criterion's points as a chart shows them: exact, a range (a computed estimate), or no data. */
export type CriterionEntry = { criterion: CriterionId; value: Range | null; status: MarkStatus; sources: ReadonlyArray<string>; notMeasured?: boolean };

const statusOfBasis = (basis: Assessment["criteria"][CriterionId]["basis"]): MarkStatus =>
  basis === "reported" || basis === "derived" || basis === "computed" || basis === "scenario" ? basis : "nodata";

/** The four criteria of a published or scenario assessment. */
export const criterionEntriesOf = (assessment: Assessment): CriterionEntry[] =>
  criterionIds.map((criterion) => {
    const score = assessment.criteria[criterion];
    return {
      criterion,
      // A computed criterion gives every value the rules allow: a range (or one value).
      value: score.points !== null ? { min: score.points, max: score.points } : score.possible?.length ? { min: Math.min(...score.possible), max: Math.max(...score.possible) } : null,
      status: statusOfBasis(score.basis),
      sources: score.sources.length ? score.sources : assessment.sources,
      notMeasured: score.basis === "not-measured",
    };
  });

export type CriteriaInput = {
  /** What the points are from, in words ("End of 2017", "Computed for 2025"): the subtitle starts with it. */
  label: string;
  /** The date of the assessment (ISO partial date), for tables and CSV. */
  date: string | null;
  entries: ReadonlyArray<CriterionEntry>;
  sources: ReadonlyArray<string>;
  id?: string;
  title?: string;
};

/** Each criterion out of 4: a bar for a known value, an interval for a range, a marker for no data. */
export const describeCriteria = ({ label, date, entries, sources, id = "criteria", title }: CriteriaInput, { t }: DescribeContext): RowsChart => {
  const marks: Mark[] = entries.map((entry) => ({
    id: entry.criterion,
    series: "criteria",
    row: entry.criterion,
    status: entry.value === null ? "nodata" : entry.status,
    value: entry.value,
    label: entry.value === null ? (entry.notMeasured ? t("basis.not-measured") : t("common.noData")) : `${rangeText(entry.value)}/${POINTS_PER_CRITERION}`,
    valueText: entry.notMeasured ? t("basis.not-measured") : valueText(entry.value, POINTS_PER_CRITERION, t),
    name: t(`criteria.${entry.criterion}`),
    date,
    outOf: POINTS_PER_CRITERION,
    sources: entry.sources,
  }));
  const status = (mark: Mark) => (mark.status === "nodata" ? "" : ` (${t(`status.${mark.status}`).toLowerCase()})`);
  return {
    type: "rows",
    id,
    title: title ?? t("charts.criteria.title"),
    subtitle: t("figure.criteriaSubtitle", { label }),
    summary: `${label}: ${marks.map((mark) => `${mark.name}: ${mark.valueText}${status(mark)}`).join("; ")}.`,
    series: [{ id: "criteria", shape: "bar" }],
    marks,
    rows: entries.map((entry) => ({ key: entry.criterion, label: t(`criteria.${entry.criterion}`) })),
    notes: [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique([...sources, ...entries.flatMap((entry) => entry.sources)]),
    tableColumns: tableColumns(t),
    valueAxis: { max: POINTS_PER_CRITERION, ticks: [0, 1, 2, 3, 4], label: t("charts.pointsAxis", { outOf: POINTS_PER_CRITERION }) },
  };
};

/** The criteria chart of an assessment as published (or a scenario). */
export const describeAssessmentCriteria = (assessment: Assessment, context: DescribeContext, options: { id?: string; title?: string } = {}) =>
  describeCriteria({ label: pick(assessment.label, context.locale), date: assessment.date, entries: criterionEntriesOf(assessment), sources: assessment.sources, ...options }, context);
