import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import type { Locale } from "@/lib/schemas/common";
import { DataTable, type ChartTable } from "./data-table";

type Props = {
  id: string;
  title: string;
  subtitle: string;
  /** One or two sentences that say what the chart shows, for everyone (and the SVG's description). */
  summary: string;
  sourceIds: ReadonlyArray<string>;
  table: ChartTable;
  legend: ReactNode;
  locale: Locale;
  /** Share, embed and download controls, when the page offers them. */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
};

/** Every figure the same way: title, subtitle, chart, legend, source line, text alternative and data table. */
export async function FigureFrame({ id, title, subtitle, summary, sourceIds, table, legend, locale, actions, headingLevel = 2, children }: Props) {
  const t = await getTranslations({ locale, namespace: "charts" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
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
      {actions && <div className="no-print mt-3">{actions}</div>}
    </figure>
  );
}
