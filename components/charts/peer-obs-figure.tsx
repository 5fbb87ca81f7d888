import { scaleBand, scaleLinear } from "d3-scale";
import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { compareObsTable } from "@/lib/export/chart-tables";
import { pick } from "@/lib/format/localized";
import type { Country } from "@/lib/schemas/peers";
import type { OpenBudgetSurveyRound } from "@/lib/schemas/inputs";
import type { Locale } from "@/lib/schemas/common";
import { FigureFrame } from "./figure-frame";

const box = { width: 360, top: 28, right: 36, bottom: 24, left: 92, row: 26 };
const OBS_MAX = 100;

/** Each country's Open Budget Survey score in its first and latest sourced round (a dumbbell); countries without data say so. */
export async function PeerObsFigure({ countries, rounds, locale, id = "compare-obs", actions }: { countries: ReadonlyArray<Country>; rounds: ReadonlyArray<OpenBudgetSurveyRound>; locale: Locale; id?: string; actions?: React.ReactNode }) {
  const t = await getTranslations({ locale });
  const asean = countries.filter((country) => country.asean);
  const series = asean.map((country) => {
    const own = rounds.filter((round) => round.country === country.code && round.transparency !== null).sort((a, b) => a.round - b.round);
    return { country, first: own[0], last: own.length > 1 ? own.at(-1) : undefined };
  });
  const height = box.top + series.length * box.row + box.bottom;
  const x = scaleLinear().domain([0, OBS_MAX]).range([box.left, box.width - box.right]);
  const y = scaleBand<string>().domain(series.map((s) => s.country.code)).range([box.top, height - box.bottom]);
  const summary = t("charts.compareObs.summary", {
    items: series.map((s) => `${pick(s.country.name, locale)}: ${s.first ? `${s.first.round} ${s.first.transparency}${s.last ? ` → ${s.last.round} ${s.last.transparency}` : ""}` : t("common.noData")}`).join("; "),
  });
  const title = t("charts.compareObs.title");
  return (
    <FigureFrame
      id={id}
      title={title}
      subtitle={t("charts.compareObs.subtitle")}
      summary={summary}
      sourceIds={rounds.flatMap((round) => round.sources)}
      table={compareObsTable(countries, rounds, { locale, t: await serverTranslate(locale) })}
      locale={locale}
      actions={actions}
      legend={
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li className="flex items-center gap-1.5"><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" style={{ fill: "var(--paper)", stroke: "var(--data)", strokeWidth: 2 }} /></svg>{t("charts.compareObs.firstRound")}</li>
          <li className="flex items-center gap-1.5"><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" style={{ fill: "var(--data)" }} /></svg>{t("charts.compareObs.lastRound")}</li>
          <li className="flex items-center gap-1.5 italic text-muted">{t("charts.compareObs.noDataLegend")}</li>
        </ul>
      }
    >
      <svg viewBox={`0 0 ${box.width} ${height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="h-auto w-full" data-chart={`${id}-svg`}>
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{summary}</desc>
        <g aria-hidden="true">
          {[0, 25, 50, 75, 100].map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={box.top - 4} y2={height - box.bottom} style={{ stroke: "var(--line)" }} />
              <text x={x(tick)} y={box.top - 10} textAnchor="middle" fontSize="12" style={{ fill: "var(--muted)" }}>
                {tick}
              </text>
            </g>
          ))}
          {series.map((s) => {
            const cy = (y(s.country.code) ?? 0) + y.bandwidth() / 2;
            const highlight = s.country.code === "VN";
            return (
              <g key={s.country.code} data-country={s.country.code}>
                <text x={box.left - 8} y={cy} dy="0.32em" textAnchor="end" fontSize="12" fontWeight={highlight ? 700 : 400} style={{ fill: "var(--ink)" }}>
                  {pick(s.country.name, locale)}
                </text>
                {!s.first && (
                  <text x={x(0) + 4} y={cy} dy="0.32em" fontSize="12" fontStyle="italic" style={{ fill: "var(--muted)" }}>
                    {t("common.noData")}
                  </text>
                )}
                {s.first && s.last && <line x1={x(s.first.transparency!)} x2={x(s.last.transparency!)} y1={cy} y2={cy} style={{ stroke: highlight ? "var(--accent)" : "var(--muted)", strokeWidth: 2 }} />}
                {s.first && <circle cx={x(s.first.transparency!)} cy={cy} r={5} style={{ fill: "var(--paper)", stroke: "var(--data)", strokeWidth: 2 }} data-round={s.first.round} data-value={s.first.transparency} />}
                {s.last && <circle cx={x(s.last.transparency!)} cy={cy} r={5} style={{ fill: "var(--data)" }} data-round={s.last.round} data-value={s.last.transparency} />}
                {s.first && (
                  <text x={x((s.last ?? s.first).transparency!) + 8} y={cy} dy="0.32em" fontSize="12" fontWeight={highlight ? 700 : 400} style={{ fill: "var(--ink)" }}>
                    {(s.last ?? s.first).transparency}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </FigureFrame>
  );
}
