import { getTranslations } from "next-intl/server";
import { chartDefinition } from "@/lib/export/chart-registry";
import { exportPaths } from "@/lib/export/export-paths";
import { localePath } from "@/lib/format/locale";
import { formatPartialDate } from "@/lib/format/partial-date";
import type { Locale } from "@/lib/schemas/common";
import type { Dataset } from "@/lib/schemas/dataset";
import { urlStateLimit } from "@/config/request-limits.mjs";
import { ChartFigure } from "./chart-figure";

/**
 * Runs before the chart is painted: ?theme=light|dark lets a publisher force a theme; anything else, or a query past
 * the URL-state limit, follows the reader.
 */
export const THEME_SCRIPT = `(function(){var s=location.search;var m=s.length<=${urlStateLimit + 1}&&/[?&]theme=(light|dark)(?:&|$)/.exec(s);if(m)document.documentElement.setAttribute("data-theme",m[1]);})();`;

/** One chart alone, for iframes: no site navigation; title, legend, chart, one-line source, "data as of" and a link back. */
export async function EmbedView({ chart, locale, dataset, pinned }: { chart: string; locale: Locale; dataset: Dataset; pinned: boolean }) {
  const t = await getTranslations({ locale });
  const definition = chartDefinition(chart);
  if (!definition) return null;
  const release = dataset.release.id;
  return (
    <main className="embed mx-auto max-w-3xl p-2 sm:p-3" data-embed={chart} data-release={release} data-pinned={pinned}>
      <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      <ChartFigure chart={chart} dataset={dataset} locale={locale} actions={false} showSummary={false} />
      <footer className="mt-2 text-sm text-muted" data-testid="embed-footer">
        <p data-testid="embed-as-of">
          {t("embed.dataAsOf", { date: formatPartialDate(dataset.release.publishedOn, locale), release })} {pinned ? t("embed.pinnedNote", { release }) : t("embed.liveNote")}
        </p>
        <p className="mt-1">
          <a href={`${localePath(locale, definition.page)}#${chart}`} target="_top">
            {t("embed.backLink", { site: t("site.name") })}
          </a>
        </p>
      </footer>
      <script src={exportPaths.frameScript()} async />
    </main>
  );
}
