import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ChartActions } from "@/components/export/chart-actions";
import { SourceLine } from "@/components/sources/source-line";
import type { ChartDescription } from "@/lib/charts/description";
import { layoutChart } from "@/lib/charts/layout";
import { renderSvg } from "@/lib/charts/render-svg";
import { chartTable } from "@/lib/charts/table";
import { widthClasses } from "@/lib/charts/width-classes";
import { isChartId } from "@/lib/export/chart-registry";
import type { Locale } from "@/lib/schemas/common";
import { serverTranslate } from "@/components/export/server-translate";
import { DataTable } from "./data-table";
import { LegendList } from "./legend-list";

type Props = {
  description: ChartDescription;
  locale: Locale;
  /** Share, embed and download controls; left out, a registered chart gets the standard ones; `false` shows none (embeds). */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  /** Embeds leave the visible summary out, to fit small frames: it stays in the page for screen readers (the drawings refer to it). */
  showSummary?: boolean;
};

/**
 * The chart laid out once per width class at fixed text sizes; CSS container queries show the one that fits (no
 * JavaScript), so text is never drawn smaller than 12 px. Each drawing is named and described by the figure's heading
 * and summary (ids `<id>-heading`, `<id>-summary`): five drawings, one copy of the words.
 */
export function ChartVariants({ description }: { description: ChartDescription }) {
  const id = description.id;
  return (
    <div className="chart-box" data-chart={`${id}-svg`}>
      {widthClasses.map((widthClass) => {
        const layout = layoutChart(description, widthClass.width);
        const svg = renderSvg(layout.scene, {
          labelledBy: `${id}-heading`,
          describedBy: `${id}-summary`,
          attributes: { "data-width-class": widthClass.id, "data-chart-svg": id, class: "chart-svg" },
        });
        return <div key={widthClass.id} className="chart-variant" data-wc={widthClass.id} dangerouslySetInnerHTML={{ __html: svg }} />;
      })}
    </div>
  );
}

/** Every figure the same way: caption (title, subtitle), legend, chart, notes, text alternative, one-line sources, table, actions. */
export async function ChartView({ description, locale, actions, headingLevel = 2, showSummary = true }: Props) {
  const t = await getTranslations({ locale });
  const id = description.id;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const shownActions = actions === undefined ? isChartId(id) && <ChartActions chart={id} locale={locale} /> : actions;
  const notes = description.notes;
  return (
    <figure id={id} className="chart-figure min-w-0 rounded-lg border border-line p-3 sm:p-4" data-figure={id}>
      <figcaption>
        <Heading id={`${id}-heading`} className="text-lg font-bold leading-snug">
          {description.title}
        </Heading>
        <p className="text-sm text-muted">{description.subtitle}</p>
      </figcaption>
      <LegendList description={description} label={t("charts.legend.label")} />
      <div className="mt-3">
        <ChartVariants description={description} />
      </div>
      {notes.length > 0 && (
        <div className="mt-1 text-sm text-muted" data-chart-notes>
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      {/* The text alternative is for screen readers (the drawings point to it); sighted readers get the same numbers as the table, one click away. */}
      <p id={`${id}-summary`} className="sr-only" data-chart-summary={showSummary ? "" : undefined}>
        {description.summary}
      </p>
      <SourceLine ids={description.sources} locale={locale} />
      <details className="chart-table mt-1 text-sm" data-testid="figure-table">
        <summary className="cursor-pointer py-1 font-medium">{t("charts.showTable")}</summary>
        <div className="mt-2">
          <DataTable caption={t("charts.tableCaption", { title: description.title })} table={chartTable(description, { locale, t: await serverTranslate(locale) })} noData={t("charts.noData")} />
        </div>
      </details>
      {shownActions && <div className="no-print mt-3">{shownActions}</div>}
    </figure>
  );
}
