import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { obsTable, sortByRound } from "@/lib/export/chart-tables";
import type { OpenBudgetSurveyRound } from "@/lib/schemas/inputs";
import type { Locale } from "@/lib/schemas/common";
import { BarChartSvg } from "./bar-chart-svg";
import { ChartLegend } from "./chart-legend";
import { FigureFrame } from "./figure-frame";

const OBS_MAX = 100;

/** Vietnam's Open Budget Survey transparency score by round, with what the survey says about the two documents OGP scores. */
export async function ObsFigure({ rounds, locale, id = "open-budget-survey", actions }: { rounds: ReadonlyArray<OpenBudgetSurveyRound>; locale: Locale; id?: string; actions?: React.ReactNode }) {
  const t = await getTranslations({ locale });
  const sorted = sortByRound(rounds);
  // Under each bar: how many of the two documents OGP scores the survey found published (blank when no source says).
  const documentsLabel = (round: OpenBudgetSurveyRound) => {
    const documents = [round.executiveBudgetProposal, round.auditReport];
    if (documents.some((status) => status === null)) return undefined;
    return t("charts.obs.documentsPublished", { published: documents.filter((status) => status === "published").length, total: documents.length });
  };
  const summary = t("charts.obs.summary", {
    items: sorted.map((round) => `${round.round}: ${round.transparency ?? t("common.noData")}`).join("; "),
  });
  const title = t("charts.obs.title");
  return (
    <FigureFrame
      id={id}
      title={title}
      subtitle={t("charts.obs.subtitle")}
      summary={summary}
      sourceIds={sorted.flatMap((round) => round.sources)}
      table={obsTable(rounds, { locale, t: await serverTranslate(locale) })}
      locale={locale}
      actions={actions}
      legend={<ChartLegend id={id} kinds={sorted.map((round) => (round.transparency === null ? "nodata" : "data"))} locale={locale} />}
    >
      <BarChartSvg
        id={`${id}-svg`}
        title={title}
        description={summary}
        bars={sorted.map((round) => ({
          key: String(round.round),
          label: String(round.round),
          sublabel: documentsLabel(round),
          value: round.transparency,
          kind: round.transparency === null ? "nodata" : "data",
          valueLabel: round.transparency === null ? t("common.noData") : String(round.transparency),
        }))}
        domainMax={OBS_MAX}
        ticks={[0, 25, 50, 75, 100]}
        yLabel={t("charts.obs.axis")}
      />
    </FigureFrame>
  );
}
