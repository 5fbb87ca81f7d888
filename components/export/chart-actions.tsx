import { getTranslations } from "next-intl/server";
import { site } from "@/config/site";
import { frozenReleaseIds, loadDataset } from "@/lib/data/read-dataset";
import { chartDefinition } from "@/lib/export/chart-registry";
import { embedSnippet } from "@/lib/export/embed-snippet";
import { exportPaths } from "@/lib/export/export-paths";
import { localePath } from "@/lib/format/locale";
import type { Locale } from "@/lib/schemas/common";
import { CopyButton } from "./copy-button";
import { QuoteFigure } from "./quote-figure";
import { serverTranslate } from "./server-translate";
import { ShareButtons } from "./share-buttons";

const summaryClass = "cursor-pointer rounded border border-line px-2 py-1 font-medium";

/** Share, embed (live and pinned) and download controls under a chart; the embed and download parts work without JavaScript. */
export async function ChartActions({ chart, locale }: { chart: string; locale: Locale }) {
  const definition = chartDefinition(chart);
  if (!definition) return null;
  const t = await getTranslations({ locale });
  const translate = await serverTranslate(locale);
  const dataset = loadDataset();
  const release = dataset.release.id;
  const description = definition.describe({ dataset, locale, t: translate });
  const { title } = description;
  const href = `${localePath(locale, definition.page)}?chart=${chart}#${chart}`;
  const frameTitle = t("embed.frameTitle", { title, site: t("site.name") });
  const variants = [
    { key: "live", label: t("embed.live"), src: `${site.origin}${exportPaths.embed(locale, chart)}` },
    ...(frozenReleaseIds().includes(release) ? [{ key: "pinned", label: t("embed.pinned", { release }), src: `${site.origin}${exportPaths.embed(locale, chart, release)}` }] : []),
  ];
  const resizer = `${site.origin}${exportPaths.resizer()}`;
  const copyLabels = { copiedLabel: t("share.copied"), failedLabel: t("share.copyFailed") };
  return (
    <div className="flex flex-wrap items-start gap-2 text-sm" data-chart-actions={chart} aria-label={t("share.actionsLabel", { title })} role="group">
      <link rel="alternate" type="application/json+oembed" href={`${site.origin}${exportPaths.oembed(locale, chart)}`} title={title} />
      <ShareButtons
        href={href}
        title={title}
        labels={{ copyLink: t("share.copyLink"), copied: t("share.copied"), copyFailed: t("share.copyFailed"), shareSheet: t("share.shareSheet"), link: t("share.linkToChart") }}
      />
      <QuoteFigure chart={chart} description={description} locale={locale} releasedOn={dataset.release.publishedOn} url={`${site.origin}${href}`} summaryClass={summaryClass} />
      <details className="w-full sm:w-auto" data-embed-dialog={chart}>
        <summary className={summaryClass}>{t("embed.summary")}</summary>
        <div className="mt-2 max-w-prose space-y-3 rounded border border-line bg-panel p-3">
          <p>{t("embed.intro", { height: definition.height })}</p>
          {variants.map((variant) => {
            const snippet = embedSnippet({ src: variant.src, title: frameTitle, height: definition.height, resizer });
            const id = `${chart}-embed-${variant.key}`;
            return (
              <div key={variant.key} data-embed-variant={variant.key}>
                <label htmlFor={id} className="block font-medium">
                  {variant.label}
                </label>
                <textarea id={id} readOnly rows={4} value={snippet} className="mt-1 w-full rounded border border-line bg-paper p-2 font-mono text-xs text-ink" />
                <CopyButton text={snippet} label={t("embed.copy")} describedBy={id} {...copyLabels} />
              </div>
            );
          })}
          <p className="text-muted">{t("embed.resizer")}</p>
          <p className="text-muted">{t("figure.embedTheme")}</p>
        </div>
      </details>
      <details className="w-full sm:w-auto" data-download-dialog={chart}>
        <summary className={summaryClass}>{t("downloads.summary")}</summary>
        <div className="mt-2 max-w-prose rounded border border-line bg-panel p-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {(["csv", "json", "svg", "png"] as const).map((extension) => (
              <li key={extension}>
                <a href={exportPaths.chartFile(locale, chart, extension)} download data-download={extension}>
                  {t(`downloads.${extension}`)}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-muted">{t("downloads.note", { licence: site.licence.name })}</p>
        </div>
      </details>
    </div>
  );
}
