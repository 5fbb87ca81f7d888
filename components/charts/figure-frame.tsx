import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ChartActions } from "@/components/export/chart-actions";
import { SourceLinks } from "@/components/sources/source-links";
import { isChartId } from "@/lib/export/chart-registry";
import type { Locale } from "@/lib/schemas/common";
import type { DisplayTable } from "@/lib/export/chart-tables";
import { DataTable } from "./data-table";

type Props = {
  id: string;
  title: string;
  subtitle: string;
  /** One or two sentences that say what the chart shows, for everyone (and the SVG's description). */
  summary: string;
  sourceIds: ReadonlyArray<string>;
  table: DisplayTable;
  legend: ReactNode;
  locale: Locale;
  /** Share, embed and download controls; left out, a registered chart gets the standard ones; `false` shows none (embeds). */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
};

/** Every figure the same way: title, subtitle, chart, legend, source line, text alternative and data table. */
export async function FigureFrame({ id, title, subtitle, summary, sourceIds, table, legend, locale, actions, headingLevel = 2, children }: Props) {
  const t = await getTranslations({ locale, namespace: "charts" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const shownActions = actions === undefined ? isChartId(id) && <ChartActions chart={id} locale={locale} /> : actions;
  return (
    <figure id={id} aria-labelledby={`${id}-heading`} className="rounded-lg border border-line p-3 sm:p-4" data-figure={id}>
      <Heading id={`${id}-heading`} className="text-lg font-bold">
        {title}
      </Heading>
      <p className="text-sm text-muted">{subtitle}</p>
      <div className="mx-auto mt-3 max-w-[520px]">{children}</div>
      {legend}
      <figcaption className="mt-2 text-sm">{summary}</figcaption>
      <div className="mt-2">
        <SourceLinks ids={sourceIds} locale={locale} />
      </div>
      <details className="mt-2 text-sm" data-testid="figure-table">
        <summary className="cursor-pointer font-medium">{t("showTable")}</summary>
        <div className="mt-2">
          <DataTable caption={t("tableCaption", { title })} table={table} noData={t("noData")} />
        </div>
      </details>
      {shownActions && <div className="no-print mt-3">{shownActions}</div>}
    </figure>
  );
}
