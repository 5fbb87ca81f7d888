import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { eiuTable, formatEiuScore } from "@/lib/export/chart-tables";
import type { DemocracyIndexEdition } from "@/lib/schemas/inputs";
import type { Locale } from "@/lib/schemas/common";
import { FigureFrame } from "./figure-frame";

const box = { width: 360, height: 260, top: 24, right: 16, bottom: 28, left: 32 };
const EIU_MAX = 10;

/** The EIU Democracy Index for Vietnam (0–10) and the one civil-liberties sub-score we have; OGP's mapping to points is unconfirmed. */
export async function EiuFigure({ editions, locale, id = "eiu-democracy-index", actions }: { editions: ReadonlyArray<DemocracyIndexEdition>; locale: Locale; id?: string; actions?: React.ReactNode }) {
  const t = await getTranslations({ locale });
  const format = (value: number) => formatEiuScore(value, locale);
  // The overall index line needs an overall score; an edition we only have the civil-liberties score of is a point.
  const all = [...editions].sort((a, b) => a.year - b.year);
  const sorted = all.filter((edition): edition is DemocracyIndexEdition & { overall: number } => edition.overall !== null);
  const years = sorted.map((edition) => edition.year);
  const x = scaleLinear().domain([Math.min(...years), Math.max(...years)]).range([box.left, box.width - box.right]);
  const y = scaleLinear().domain([0, EIU_MAX]).range([box.height - box.bottom, box.top]);
  const path = line<(typeof sorted)[number]>().x((d) => x(d.year)).y((d) => y(d.overall))(sorted) ?? "";
  const civil = all.filter((edition) => edition.civilLiberties !== null);
  const first = sorted[0];
  const last = sorted.at(-1);
  const summary = t("charts.eiu.summary", {
    firstYear: first?.year ?? "",
    first: first ? format(first.overall) : "",
    lastYear: last?.year ?? "",
    last: last ? format(last.overall) : "",
    civil: civil.map((edition) => `${edition.year}: ${format(edition.civilLiberties!)}`).join("; "),
  });
  const title = t("charts.eiu.title");
  const xTicks = x.ticks(5).filter((tick) => Number.isInteger(tick));
  return (
    <FigureFrame
      id={id}
      title={title}
      subtitle={t("charts.eiu.subtitle")}
      summary={summary}
      sourceIds={all.flatMap((edition) => [...edition.sources, ...edition.civilLibertiesSources])}
      table={eiuTable(editions, { locale, t: await serverTranslate(locale) })}
      locale={locale}
      actions={actions}
      legend={
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li className="flex items-center gap-1.5">
            <svg width="18" height="12" aria-hidden="true"><line x1="0" x2="18" y1="6" y2="6" style={{ stroke: "var(--data)", strokeWidth: 2.5 }} /></svg>
            {t("charts.eiu.overall")}
          </li>
          <li className="flex items-center gap-1.5">
            <svg width="18" height="12" aria-hidden="true"><rect x="4" y="1" width="10" height="10" transform="rotate(45 9 6)" style={{ fill: "var(--derived)" }} /></svg>
            {t("charts.eiu.civilLiberties")}
          </li>
        </ul>
      }
    >
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="h-auto w-full" data-chart={`${id}-svg`}>
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{summary}</desc>
        <g aria-hidden="true">
          {[0, 2.5, 5, 7.5, 10].map((tick) => (
            <g key={tick}>
              <line x1={box.left} x2={box.width - box.right} y1={y(tick)} y2={y(tick)} style={{ stroke: "var(--line)" }} />
              <text x={box.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="12" style={{ fill: "var(--muted)" }}>
                {format(tick).replace(/[.,]00$/, "")}
              </text>
            </g>
          ))}
          {xTicks.map((tick) => (
            <text key={tick} x={x(tick)} y={box.height - 8} textAnchor="middle" fontSize="12" style={{ fill: "var(--muted)" }}>
              {tick}
            </text>
          ))}
          <text x={4} y={box.top - 10} fontSize="12" style={{ fill: "var(--muted)" }}>
            {t("charts.eiu.axis")}
          </text>
          <path d={path} style={{ fill: "none", stroke: "var(--data)", strokeWidth: 2.5 }} />
          {sorted.map((edition) => (
            <circle key={edition.year} cx={x(edition.year)} cy={y(edition.overall)} r={2.5} style={{ fill: "var(--data)" }} data-year={edition.year} data-value={edition.overall} />
          ))}
          {last && (
            <text x={x(last.year)} y={y(last.overall) - 8} textAnchor="end" fontSize="12" fontWeight={700} style={{ fill: "var(--ink)" }}>
              {format(last.overall)}
            </text>
          )}
          {civil.map((edition) => (
            <g key={`civil-${edition.year}`} data-civil-liberties={edition.civilLiberties}>
              <rect x={x(edition.year) - 5} y={y(edition.civilLiberties!) - 5} width={10} height={10} transform={`rotate(45 ${x(edition.year)} ${y(edition.civilLiberties!)})`} style={{ fill: "var(--derived)" }} />
              <text x={x(edition.year) + 8} y={y(edition.civilLiberties!) + 16} fontSize="12" style={{ fill: "var(--ink)" }}>
                {format(edition.civilLiberties!)}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </FigureFrame>
  );
}
