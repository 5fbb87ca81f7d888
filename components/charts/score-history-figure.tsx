import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { scoreHistoryTable } from "@/lib/export/chart-tables";
import { POINTS_PER_CRITERION } from "@/lib/scoring/score-assessment";
import { stepTicks } from "@/lib/charts/bar-geometry";
import { scoreHistory } from "@/lib/charts/score-history";
import { pick } from "@/lib/format/localized";
import { formatShortDate } from "@/lib/format/partial-date";
import type { Assessment } from "@/lib/schemas/assessment";
import type { Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";
import { BarChartSvg } from "./bar-chart-svg";
import { ChartLegend } from "./chart-legend";
import { FigureFrame } from "./figure-frame";

type Props = { assessments: ReadonlyArray<Assessment>; rules: ReadonlyArray<RuleVersion>; locale: Locale; id?: string; actions?: React.ReactNode; headingLevel?: 2 | 3 };

/** Vietnam's total at each assessment and the advocacy group's projection, against the pass mark. */
export async function ScoreHistoryFigure({ assessments, rules, locale, id = "score-history", actions, headingLevel }: Props) {
  const t = await getTranslations({ locale });
  const points = scoreHistory(assessments, rules);
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  const latest = points.at(-1);
  const outOf = latest?.outOf ?? 0;
  const threshold = latest?.threshold ?? 0;
  const passMark = `${rules.at(-1)?.passMarkPercent}%`;
  const valueText = (point: (typeof points)[number]) =>
    point.total !== null ? t("common.pointsOutOf", { points: point.total, outOf: point.outOf }) : t("common.pointsRange", { min: point.range.min, max: point.range.max, outOf: point.outOf });
  const bars = points.map((point) => ({
    key: point.id,
    label: formatShortDate(point.date, locale),
    sublabel: point.status === "reported" || point.status === "official" || point.status === "computed" ? undefined : t(`status.${point.status}`).toLowerCase(),
    value: point.total,
    range: point.total === null ? point.range : undefined,
    kind: point.kind,
    valueLabel: point.total !== null ? String(point.total) : point.kind === "computed" ? `${point.range.min}–${point.range.max}` : `${point.range.min}–${point.range.max}?`,
  }));
  const thresholdLabel = t("charts.thresholdLabel", { threshold, outOf, passMark });
  const summary = t("charts.scoreHistory.summary", {
    items: points.map((point) => `${pick(byId.get(point.id)!.label, locale)}: ${valueText(point)} (${t(`status.${point.status}`).toLowerCase()})`).join("; "),
    threshold,
    outOf,
  });
  const table = scoreHistoryTable(assessments, rules, { locale, t: await serverTranslate(locale) });
  return (
    <FigureFrame
      id={id}
      title={t("charts.scoreHistory.title")}
      subtitle={t("charts.scoreHistory.subtitle", { passMark })}
      summary={summary}
      sourceIds={assessments.flatMap((assessment) => assessment.sources)}
      table={table}
      locale={locale}
      actions={actions}
      headingLevel={headingLevel}
      legend={<ChartLegend id={id} kinds={points.map((point) => point.kind)} threshold={thresholdLabel} locale={locale} />}
    >
      <BarChartSvg
        id={`${id}-svg`}
        title={t("charts.scoreHistory.title")}
        description={summary}
        bars={bars}
        domainMax={outOf}
        ticks={stepTicks(outOf, POINTS_PER_CRITERION)}
        yLabel={t("charts.pointsAxis", { outOf })}
        threshold={{ value: threshold, label: thresholdLabel }}
      />
    </FigureFrame>
  );
}
