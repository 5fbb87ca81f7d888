import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { criterionHistoryTable } from "@/lib/export/chart-tables";
import { stepTicks } from "@/lib/charts/bar-geometry";
import { markKindOfBasis } from "@/lib/charts/mark-kind";
import { pick } from "@/lib/format/localized";
import { formatShortDate } from "@/lib/format/partial-date";
import { assessmentHistory } from "@/lib/scoring/select-assessments";
import type { Assessment } from "@/lib/schemas/assessment";
import type { CriterionId, Locale } from "@/lib/schemas/common";
import { POINTS_PER_CRITERION } from "@/lib/scoring/score-assessment";
import { BarChartSvg } from "./bar-chart-svg";
import { ChartLegend } from "./chart-legend";
import { FigureFrame } from "./figure-frame";

/** Vietnam's points on one criterion at each assessment; where the split is unknown the bar says "no data". */
export async function CriterionHistoryFigure({ assessments, criterion, locale, id, actions }: { assessments: ReadonlyArray<Assessment>; criterion: CriterionId; locale: Locale; id?: string; actions?: React.ReactNode }) {
  const t = await getTranslations({ locale });
  const figureId = id ?? `history-${criterion}`;
  const history = assessmentHistory(assessments);
  const name = t(`criteria.${criterion}`);
  const summary = t("charts.criterionHistory.summary", {
    criterion: name,
    items: history
      .map((a) => {
        const score = a.criteria[criterion];
        const text = score.points !== null ? String(score.points) : score.possible ? `${Math.min(...score.possible)}–${Math.max(...score.possible)}` : t("common.noData");
        return `${pick(a.label, locale)}: ${text}`;
      })
      .join("; "),
  });
  const title = t("charts.criterionHistory.title", { criterion: name });
  return (
    <FigureFrame
      id={figureId}
      title={title}
      subtitle={t("charts.criterionHistory.subtitle")}
      summary={summary}
      sourceIds={history.flatMap((a) => (a.criteria[criterion].sources.length ? a.criteria[criterion].sources : a.sources))}
      table={criterionHistoryTable(assessments, criterion, { locale, t: await serverTranslate(locale) })}
      locale={locale}
      actions={actions}
      legend={<ChartLegend id={figureId} kinds={history.map((a) => markKindOfBasis(a.criteria[criterion].basis))} locale={locale} />}
    >
      <BarChartSvg
        id={`${figureId}-svg`}
        title={title}
        description={summary}
        bars={history.map((a) => {
          const score = a.criteria[criterion];
          const range = score.points === null && score.possible ? { min: Math.min(...score.possible), max: Math.max(...score.possible) } : undefined;
          return {
            key: a.id,
            label: formatShortDate(a.date, locale),
            value: score.points,
            range,
            kind: markKindOfBasis(score.basis),
            valueLabel: range ? `${range.min}–${range.max}` : score.points === null ? t("common.noData") : String(score.points),
          };
        })}
        domainMax={POINTS_PER_CRITERION}
        ticks={stepTicks(POINTS_PER_CRITERION, 1)}
        yLabel={t("charts.pointsAxis", { outOf: POINTS_PER_CRITERION })}
      />
    </FigureFrame>
  );
}
