import { getTranslations } from "next-intl/server";
import { site } from "@/config/site";
import { loadDataset } from "@/lib/data/read-dataset";
import { citationBibtex, citationText } from "@/lib/export/citation";
import { exportPaths } from "@/lib/export/export-paths";
import { localePath } from "@/lib/format/locale";
import type { Locale } from "@/lib/schemas/common";
import { AccessDate } from "./access-date";

const MARK = "\u0000";

/** "Cite this" in the page's language: plain text and BibTeX naming the data release; the access date is filled on the client. */
export async function CiteThis({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: "cite" });
  const { release } = loadDataset();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const input = {
    locale,
    author: t("author"),
    title: t("workTitle", { release: release.id }),
    year: release.publishedOn.slice(0, 4),
    url: `${site.origin}${localePath(locale)}`,
    releaseId: release.id,
    accessed: t("accessed", { date: MARK }),
    accessedIso: MARK,
  };
  // The access date is a client island: split the texts where it goes.
  const [textBefore, textAfter] = citationText(input).split(MARK);
  const bibParts = citationBibtex(input).split(MARK);
  const placeholder = t("placeholder");
  return (
    <section aria-labelledby="cite-title" className="rounded-lg border border-line p-3 sm:p-4" data-testid="cite-this">
      <Heading id="cite-title" className="text-lg font-bold">
        {t("title")}
      </Heading>
      <p className="mt-1 text-sm">{t("intro")}</p>
      <h3 className="mt-3 text-sm font-semibold">{t("plain")}</h3>
      <p className="mt-1 rounded bg-panel p-2 text-sm" data-citation="text" lang={locale}>
        {textBefore}
        <AccessDate locale={locale} placeholder={placeholder} />
        {textAfter}
      </p>
      <h3 className="mt-3 text-sm font-semibold">{t("bibtex")}</h3>
      <pre className="mt-1 overflow-x-auto rounded bg-panel p-2 text-xs" data-citation="bibtex" tabIndex={0} role="region" aria-label={t("bibtex")}>
        {bibParts[0]}
        <AccessDate locale={locale} placeholder="" iso />
        {bibParts[1]}
        <AccessDate locale={locale} placeholder={placeholder} />
        {bibParts[2]}
      </pre>
      <p className="mt-2 text-sm">
        <a href={exportPaths.citation(locale)} download data-download="bib">
          {t("downloadBib")}
        </a>
      </p>
      <noscript>
        <p className="mt-1 text-sm text-muted">{t("noScript")}</p>
      </noscript>
    </section>
  );
}
