import { getTranslations } from "next-intl/server";
import { BarChartSvg } from "@/components/charts/bar-chart-svg";
import { ChartLegend } from "@/components/charts/chart-legend";
import { CriteriaFigure } from "@/components/charts/criteria-figure";
import { FigureFrame } from "@/components/charts/figure-frame";
import { stepTicks, type BarDatum } from "@/lib/charts/bar-geometry";
import { markKindOfStatus } from "@/lib/charts/mark-kind";
import { scenarioChartData } from "@/lib/charts/scenario-chart";
import type { Scenario } from "@/lib/scoring/apply-reforms";
import { POINTS_PER_CRITERION, type PointRange, type ScoringRule } from "@/lib/scoring/score-assessment";
import type { Locale } from "@/lib/schemas/common";

/**
 * A scenario as server-drawn SVG: the total at the start and with the reforms against the bar (a whisker where only a
 * range is known), then the four criteria with the changed ones hatched as scenario. Readable without JavaScript.
 */
export async function ScenarioFigures({ scenario, rule, passMarkPercent, locale, id }: { scenario: Scenario; rule?: ScoringRule; passMarkPercent: number; locale: Locale; id: string }) {
  const t = await getTranslations({ locale });
  const data = scenarioChartData(scenario, rule);
  const outOf = data.applicable;
  const text = (range: PointRange) => (range.min === range.max ? t("path.score", { points: range.min, outOf }) : t("path.scoreRange", { min: range.min, max: range.max, outOf }));
  const exact = (range: PointRange) => (range.min === range.max ? range.min : null);
  const bars: BarDatum[] = [
    { key: "start", label: t("path.barStart"), value: exact(data.start), range: data.start, kind: exact(data.start) === null ? "nodata" : markKindOfStatus(scenario.base.status), valueLabel: text(data.start) },
    { key: "scenario", label: t("path.barScenario"), value: exact(data.scenario), range: data.scenario, kind: "scenario", valueLabel: text(data.scenario) },
  ];
  const summary = t("path.chartSummary", { start: text(data.start), scenario: text(data.scenario), threshold: data.threshold, outOf });
  const title = t("path.chartTitle");
  const thresholdLabel = t("charts.thresholdLabel", { threshold: data.threshold, outOf, passMark: `${passMarkPercent}%` });
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="scenario-figures">
      <FigureFrame
        id={`${id}-total`}
        title={title}
        subtitle={t("path.figureSubtitle", { outOf })}
        summary={summary}
        sourceIds={scenario.base.sources}
        table={{
          columns: [t("charts.columns.assessment"), t("charts.columns.total"), t("charts.columns.outOf"), t("charts.columns.threshold")],
          rows: bars.map((bar) => [bar.label, bar.valueLabel, outOf, data.threshold]),
        }}
        legend={<ChartLegend id={`${id}-total`} kinds={bars.map((bar) => bar.kind)} threshold={thresholdLabel} locale={locale} />}
        locale={locale}
        headingLevel={3}
      >
        <BarChartSvg
          id={`${id}-total-svg`}
          title={title}
          description={summary}
          bars={bars}
          domainMax={outOf}
          ticks={stepTicks(outOf, POINTS_PER_CRITERION)}
          yLabel={t("charts.pointsAxis", { outOf })}
          threshold={{ value: data.threshold, label: thresholdLabel }}
        />
      </FigureFrame>
      <CriteriaFigure assessment={scenario.assessment} locale={locale} id={`${id}-criteria`} headingLevel={3} />
    </div>
  );
}
