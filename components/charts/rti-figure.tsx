import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { rtiTable, sortByDate } from "@/lib/export/chart-tables";
import { pick } from "@/lib/format/localized";
import { formatShortDate } from "@/lib/format/partial-date";
import type { RtiRating } from "@/lib/schemas/inputs";
import type { Locale } from "@/lib/schemas/common";
import { BarChartSvg } from "./bar-chart-svg";
import { ChartLegend } from "./chart-legend";
import { FigureFrame } from "./figure-frame";

/** The RTI Rating of Vietnam's access-to-information law at each stage (out of 150). */
export async function RtiFigure({ ratings, locale, id = "rti-rating", actions }: { ratings: ReadonlyArray<RtiRating>; locale: Locale; id?: string; actions?: React.ReactNode }) {
  const t = await getTranslations({ locale });
  const sorted = sortByDate(ratings);
  const outOf = sorted[0]?.outOf ?? 0;
  const summary = t("charts.rti.summary", { items: sorted.map((rating) => `${pick(rating.stage, locale)}: ${rating.score}/${rating.outOf}`).join("; ") });
  const title = t("charts.rti.title");
  return (
    <FigureFrame
      id={id}
      title={title}
      subtitle={t("charts.rti.subtitle", { outOf })}
      summary={summary}
      sourceIds={sorted.flatMap((rating) => rating.sources)}
      table={rtiTable(ratings, { locale, t: await serverTranslate(locale) })}
      locale={locale}
      actions={actions}
      legend={<ChartLegend id={id} kinds={["data"]} locale={locale} />}
    >
      <BarChartSvg
        id={`${id}-svg`}
        title={title}
        description={summary}
        bars={sorted.map((rating) => ({ key: rating.date, label: formatShortDate(rating.date, locale), value: rating.score, kind: "data" as const, valueLabel: String(rating.score) }))}
        domainMax={outOf}
        ticks={[0, 50, 100, 150].filter((tick) => tick <= outOf)}
        yLabel={t("charts.rti.axis", { outOf })}
      />
    </FigureFrame>
  );
}
