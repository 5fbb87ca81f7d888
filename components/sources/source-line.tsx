import { getTranslations } from "next-intl/server";
import { loadDataset } from "@/lib/data/read-dataset";
import { groupSources } from "@/lib/data/source-groups";
import type { Locale } from "@/lib/schemas/common";
import { SourceLinks } from "./source-links";

/** Short names a reader knows; anything else is the publisher's name without its parenthesis. */
const knownShort: Record<string, string> = {
  "Open Government Partnership": "OGP",
  "International Budget Partnership": "IBP",
  "International Budget Partnership and Open Knowledge Foundation": "IBP",
  "The Economist Intelligence Unit": "EIU",
  "Centre for Law and Democracy": "CLD",
  "Centre for Law and Democracy / Access Info Europe": "RTI Rating",
};
export const shortPublisher = (publisher: string) => {
  if (knownShort[publisher]) return knownShort[publisher];
  const bare = publisher.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  if (knownShort[bare]) return knownShort[bare];
  // "A long organisation name (example.org)": the site's address is shorter and just as clear.
  const domain = /\(([a-z0-9-]+(\.[a-z0-9-]+)+)\)/i.exec(publisher)?.[1];
  return domain && bare.length > 20 ? domain : bare;
};

/** "Nguồn: OGP, IBP, +3" on one line, with the full list (title, date, note, link) behind a disclosure. */
export async function SourceLine({ ids, locale }: { ids: ReadonlyArray<string>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const { sources } = loadDataset();
  const found = [...new Set(ids)].flatMap((id) => sources.filter((source) => source.id === id));
  if (found.length === 0) return null;
  // Primary sources (OGP, the surveys, laws, gazettes) first, in the summary line and in the list.
  const { primary, other } = groupSources(found);
  const names = [...new Set([...primary, ...other].map((source) => (source.publisher ? shortPublisher(source.publisher) : `“${source.title}”`)))];
  const shown = names.slice(0, 2);
  const more = names.length - shown.length;
  return (
    <details className="chart-sources mt-2 text-sm text-muted" data-sources={found.length}>
      <summary className="cursor-pointer py-1">
        <span className="inline-flex max-w-[calc(100%-1.25rem)] align-bottom">
          <span className="shrink-0 font-medium">{t("figure.sourcesLine")}:&nbsp;</span>
          <span className="truncate">{shown.join(", ")}</span>
          {more > 0 && <span className="shrink-0">{`, ${t("figure.moreSources", { count: more })}`}</span>}
        </span>
      </summary>
      <div className="mt-1 space-y-1" data-source-groups>
        {primary.length > 0 && <SourceLinks ids={primary.map((source) => source.id)} locale={locale} label={t("quote.primarySources", { count: primary.length })} group="primary" list />}
        {other.length > 0 && <SourceLinks ids={other.map((source) => source.id)} locale={locale} label={t("quote.otherSources", { count: other.length })} group="other" list />}
      </div>
    </details>
  );
}
