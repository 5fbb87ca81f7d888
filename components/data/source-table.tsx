import { ScrollRegion } from "@/components/layout/scroll-region";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/schemas/common";
import type { Source } from "@/lib/schemas/source";
import { sourceCitationParts } from "@/components/sources/source-text";

/** The full list of sources, as the data cites them by id. */
export async function SourceTable({ sources, locale }: { sources: ReadonlyArray<Source>; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="sources" className="mt-8">
      <h2 id="sources" className="text-xl font-bold">{t("dataPage.sourcesTitle", { count: sources.length })}</h2>
      <ScrollRegion label={t("common.tableRegion", { title: t("dataPage.sourcesTitle", { count: sources.length }) })} className="mt-3">
        <table className="stack-table w-full border-collapse text-left text-sm">
          <thead>
            <tr>
              {["id", "title", "publisher", "date", "kind"].map((column) => (
                <th key={column} scope="col" className="border-b border-line px-2 py-1">{t(`dataPage.columns.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => {
              const parts = sourceCitationParts(source, locale, t);
              return (
              <tr key={source.id} id={`source-${source.id}`} className="border-b border-line align-top">
                <th scope="row" className="px-2 py-1 font-mono text-xs font-normal">{source.id}</th>
                {/* The title needs no label on a phone card: it is the card's main line, full width. */}
                <td className="px-2 py-1">
                  <span lang={source.language}>{source.url ? <a href={source.url} rel="noopener noreferrer">{source.title}</a> : `${source.title} (${t("common.noUrl")})`}</span>
                  {parts.note && <span className="block text-xs text-muted">{parts.note}</span>}
                </td>
                {/* On a phone card publisher, date and kind share one line (data-inline): each reads as what it is. */}
                <td data-inline className="px-2 py-1">{parts.publisher ?? <span className="italic text-muted">{t("common.noPublisher")}</span>}</td>
                <td data-inline className="px-2 py-1">{parts.date ?? <span className="italic text-muted">{t("common.undated")}</span>}</td>
                <td data-inline className="px-2 py-1">{t(`dataPage.kinds.${source.kind}`)}</td>
              </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
