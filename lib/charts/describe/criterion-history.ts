import { pick } from "../../format/localized";
import type { Assessment } from "../../schemas/assessment";
import type { CriterionId } from "../../schemas/common";
import { POINTS_PER_CRITERION } from "../../scoring/score-assessment";
import { assessmentHistory } from "../../scoring/select-assessments";
import type { Mark, TimeChart } from "../description";
import { criterionEntriesOf } from "./criteria";
import { periodText, rangeLabels, rangeText, statusLabels, tableColumns, unique, valueText, type DescribeContext } from "./common";

/** Vietnam's points on one criterion at each assessment, on a time axis; unknown splits are markers on the baseline. */
export const describeCriterionHistory = (assessments: ReadonlyArray<Assessment>, criterion: CriterionId, { locale, t }: DescribeContext): TimeChart => {
  const history = assessmentHistory(assessments);
  const name = t(`criteria.${criterion}`);
  const latestComputed = history.filter((assessment) => assessment.status === "computed").at(-1)?.id;
  const marks: Mark[] = history.map((assessment) => {
    const entry = criterionEntriesOf(assessment).find((candidate) => candidate.criterion === criterion)!;
    const computed = assessment.status === "computed";
    return {
      id: assessment.id,
      series: computed ? "computed" : "history",
      status: entry.value === null ? "nodata" : entry.status,
      period: { from: assessment.date, to: assessment.date },
      value: entry.value,
      // The computed series is labelled at its newest year only (every value is in the table).
      label: computed ? (assessment.id === latestComputed && entry.value ? rangeText(entry.value) : null) : entry.value === null ? t("common.noData") : rangeText(entry.value),
      priority: computed ? 4 : entry.value === null ? 0 : 2,
      valueText: entry.notMeasured ? t("basis.not-measured") : valueText(entry.value, POINTS_PER_CRITERION, t),
      name: pick(assessment.label, locale),
      date: assessment.date,
      outOf: POINTS_PER_CRITERION,
      sources: entry.sources,
    };
  });
  const noData = marks.filter((mark) => mark.value === null && mark.series !== "computed");
  return {
    type: "time",
    id: `history-${criterion}`,
    title: t("charts.criterionHistory.title", { criterion: name }),
    subtitle: t("charts.criterionHistory.subtitle"),
    summary: t("charts.criterionHistory.summary", { criterion: name, items: marks.map((mark) => `${periodText(mark.date ?? "", null, locale, t)}: ${mark.valueText}`).join("; ") }),
    series: [
      { id: "computed", shape: "point" },
      { id: "history", shape: "point" },
    ],
    marks,
    notes: noData.length ? [t("figure.noDataList", { items: noData.map((mark) => periodText(mark.date ?? "", null, locale, t)).join(", ") })] : [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique(marks.flatMap((mark) => mark.sources)),
    tableColumns: tableColumns(t),
    valueAxis: { max: POINTS_PER_CRITERION, ticks: [0, 1, 2, 3, 4], label: t("charts.pointsAxis", { outOf: POINTS_PER_CRITERION }) },
  };
};
