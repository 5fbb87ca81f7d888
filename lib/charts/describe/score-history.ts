import { pick } from "../../format/localized";
import type { Assessment } from "../../schemas/assessment";
import type { RuleVersion } from "../../schemas/rules";
import { POINTS_PER_CRITERION } from "../../scoring/score-assessment";
import { stepTicks } from "../ticks";
import type { GapAnnotation, Mark, MarkStatus, Range, TimeChart } from "../description";
import { scoreHistory } from "../score-history";
import { periodText, rangeLabels, rangeText, statusLabels, tableColumns, unique, valueText, type DescribeContext } from "./common";

/** One OGP data year computed from public inputs under OGP's rules: a range where the rules leave room. */
export type ComputedYear = { dataYear: number; range: Range; outOf: number; threshold: number; sources?: ReadonlyArray<string> };

export type ScoreHistoryInput = {
  assessments: ReadonlyArray<Assessment>;
  rules: ReadonlyArray<RuleVersion>;
  /** Vietnam's computed score for each OGP data year (the eligibility engine); drawn as its own series. */
  computed?: ReadonlyArray<ComputedYear>;
};

const gapText = (range: Range, threshold: number, t: DescribeContext["t"]) => {
  const min = Math.max(0, threshold - range.max);
  const max = Math.max(0, threshold - range.min);
  return max === 0 ? t("figure.gapNone") : min === max ? t("figure.gap", { gap: min }) : t("figure.gapRange", { min, max });
};

/**
 * Vietnam's total over time: each published figure at its date (a projection over the period it is about), the
 * computed years as intervals, the pass mark labelled once and the gap on the latest figure.
 */
export const describeScoreHistory = ({ assessments, rules, computed = [] }: ScoreHistoryInput, { locale, t }: DescribeContext): TimeChart => {
  const allPoints = scoreHistory(assessments, rules);
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  // Computed assessments (status "computed", one per OGP data year) are the computed series, like `computed`.
  const computedPoints = allPoints.filter((point) => point.status === "computed");
  const points = allPoints.filter((point) => point.status !== "computed");
  const computedYears: ReadonlyArray<ComputedYear & { id?: string }> = [
    ...computed,
    ...computedPoints.map((point) => ({ id: point.id, dataYear: Number(point.date.slice(0, 4)), range: point.total !== null ? { min: point.total, max: point.total } : point.range, outOf: point.outOf, threshold: point.threshold, sources: byId.get(point.id)?.sources ?? [] })),
  ];
  const latestComputed = [...computedYears].sort((a, b) => a.dataYear - b.dataYear).at(-1);
  const outOf = latestComputed?.outOf ?? points.at(-1)?.outOf ?? 16;
  const threshold = latestComputed?.threshold ?? points.at(-1)?.threshold ?? 12;
  const passMark = `${rules.at(-1)?.passMarkPercent ?? 75}%`;
  const published: Mark[] = points.map((point) => {
    const assessment = byId.get(point.id)!;
    const about = assessment.about;
    const unknownAll = point.total === null && point.range.min === 0 && point.range.max === point.outOf;
    const value: Range | null = unknownAll ? null : point.total !== null ? { min: point.total, max: point.total } : point.range;
    const status: MarkStatus = value === null ? "nodata" : point.status;
    const label = value === null ? t("common.noData") : point.status === "projection" ? t("figure.projectionValue", { value: rangeText(value) }) : rangeText(value);
    return {
      id: point.id,
      series: point.status === "projection" ? "projection" : "published",
      status,
      period: about ? { from: about.from, to: about.to } : { from: point.date, to: point.date },
      value,
      label,
      priority: point.status === "projection" ? 4 : 2,
      valueText: valueText(value, point.outOf, t),
      name: pick(assessment.label, locale),
      date: about ? about.from : point.date,
      dateEnd: about ? about.to : null,
      statedOn: about ? point.date : null,
      outOf: point.outOf,
      sources: assessment.sources,
    };
  });
  const computedMarks: Mark[] = [...computedYears]
    .sort((a, b) => a.dataYear - b.dataYear)
    .map((year, index, all) => ({
      id: year.id ?? `computed-${year.dataYear}`,
      series: "computed",
      status: "computed",
      period: { from: String(year.dataYear), to: String(year.dataYear) },
      value: year.range,
      label: index === all.length - 1 || index === 0 ? rangeText(year.range) : null,
      priority: index === all.length - 1 ? 6 : 1,
      valueText: valueText(year.range, year.outOf, t),
      name: t("figure.yearPrecision", { year: year.dataYear }),
      date: String(year.dataYear),
      outOf: year.outOf,
      sources: year.sources ?? [],
    }));
  // The gap is drawn on the newest figure that is not a forecast: the latest computed year, else the latest published one.
  const latest = computedMarks.at(-1) ?? published.filter((mark) => mark.status !== "projection" && mark.value !== null).at(-1);
  if (latest) latest.priority = Math.max(latest.priority ?? 0, 5);
  // On a phone the chart labels only the two figures a reader quotes: the latest estimate and the last published figure.
  const lastPublished = published.filter((mark) => mark.status !== "projection" && mark.value !== null).at(-1);
  for (const mark of [latest, lastPublished]) if (mark) mark.essential = true;
  const annotations: GapAnnotation[] = latest?.value ? [{ type: "gap", mark: latest.id, to: threshold, text: gapText(latest.value, threshold, t) }] : [];
  const marks = [...computedMarks, ...published];
  const status = (mark: Mark) => (mark.status === "nodata" ? t("charts.legend.nodata") : t(`status.${mark.status}`)).toLowerCase();
  const noData = published.filter((mark) => mark.value === null);
  return {
    type: "time",
    id: "score-history",
    title: t("charts.scoreHistory.title"),
    subtitle: t("figure.scoreHistorySubtitle", { passMark }),
    summary: t("charts.scoreHistory.summary", {
      items: marks.map((mark) => `${periodText(mark.date ?? "", mark.dateEnd, locale, t)}: ${mark.valueText} (${status(mark)})`).join("; "),
      threshold,
      outOf,
    }),
    series: [
      { id: "computed", shape: "point" },
      { id: "published", shape: "point" },
      { id: "projection", shape: "span" },
    ],
    marks,
    threshold: { value: threshold, label: t("charts.thresholdLabel", { threshold, outOf, passMark }) },
    annotations,
    notes: noData.length ? [t("figure.noDataList", { items: noData.map((mark) => mark.name).join(", ") })] : [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique([...marks.flatMap((mark) => mark.sources)]),
    tableColumns: tableColumns(t),
    valueAxis: { max: outOf, ticks: stepTicks(outOf, POINTS_PER_CRITERION), label: t("charts.pointsAxis", { outOf }) },
    domain: computedMarks.length ? { from: Number(computedMarks[0].date), to: Number(computedMarks.at(-1)!.date) + 1 } : undefined,
  };
};
