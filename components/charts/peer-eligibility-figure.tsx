import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { compareEligibilityTable, eligibilityRows, latestPeerEntries, type VietnamEligibility } from "@/lib/export/chart-tables";
import { POINTS_PER_CRITERION } from "@/lib/scoring/score-assessment";
import { stepTicks } from "@/lib/charts/bar-geometry";
import { pick } from "@/lib/format/localized";
import type { Country, PeerEligibility } from "@/lib/schemas/peers";
import type { Locale } from "@/lib/schemas/common";
import { thresholdPoints } from "@/lib/scoring/score-assessment";
import { BarChartSvg } from "./bar-chart-svg";
import { ChartLegend } from "./chart-legend";
import { FigureFrame } from "./figure-frame";

type VietnamEntry = VietnamEligibility & { sources: ReadonlyArray<string> };

/** OGP eligibility totals where a source gives them; every other peer is shown as "no data", never as 0. */
export async function PeerEligibilityFigure({ countries, entries, vietnam, passMarkPercent, locale, id = "compare-eligibility", actions }: { countries: ReadonlyArray<Country>; entries: ReadonlyArray<PeerEligibility>; vietnam: VietnamEntry; passMarkPercent: number; locale: Locale; id?: string; actions?: React.ReactNode }) {
  const t = await getTranslations({ locale });
  const name = (code: string) => pick(countries.find((country) => country.code === code)!.name, locale);
  const outOf = vietnam.score.applicablePoints;
  const threshold = thresholdPoints(outOf, passMarkPercent);
  const rows = eligibilityRows(vietnam, entries);
  const valueText = (row: (typeof rows)[number]) =>
    row.total !== null
      ? t("common.pointsOutOf", { points: row.total, outOf: row.outOf ?? outOf })
      : row.range
        ? t("common.pointsRange", { min: row.range.min, max: row.range.max, outOf: row.outOf ?? outOf })
        : t("common.noData");
  const summary = t("charts.compareEligibility.summary", { items: rows.map((row) => `${name(row.code)} (${row.date.slice(0, 4)}): ${valueText(row)}`).join("; "), threshold, outOf });
  const title = t("charts.compareEligibility.title");
  const thresholdLabel = t("charts.thresholdLabel", { threshold, outOf, passMark: `${passMarkPercent}%` });
  const kinds = rows.map((row) => row.kind);
  return (
    <FigureFrame
      id={id}
      title={title}
      subtitle={t("charts.compareEligibility.subtitle")}
      summary={summary}
      sourceIds={[...vietnam.sources, ...latestPeerEntries(entries).flatMap((entry) => entry.sources)]}
      table={compareEligibilityTable(rows, countries, { locale, t: await serverTranslate(locale) })}
      locale={locale}
      actions={actions}
      legend={<ChartLegend id={id} kinds={kinds} threshold={thresholdLabel} locale={locale} />}
    >
      <BarChartSvg
        id={`${id}-svg`}
        title={title}
        description={summary}
        bars={rows.map((row, index) => ({
          key: row.code,
          label: name(row.code),
          sublabel: row.date.slice(0, 4),
          value: row.total,
          range: row.total === null ? row.range : undefined,
          kind: kinds[index],
          valueLabel: row.total !== null ? String(row.total) : row.range ? `${row.range.min}–${row.range.max}` : t("common.noData"),
        }))}
        domainMax={outOf}
        ticks={stepTicks(outOf, POINTS_PER_CRITERION)}
        yLabel={t("charts.pointsAxis", { outOf })}
        threshold={{ value: threshold, label: thresholdLabel }}
        slantLabels
      />
    </FigureFrame>
  );
}
