import { LabelledCell } from "@/components/layout/labelled-cell";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import type { Locale } from "@/lib/schemas/common";
import type { Country, PeerEligibility } from "@/lib/schemas/peers";

/** What each source says about each peer, with blanks left blank; then the countries no source covers. */
export async function PeerNotes({ countries, entries, locale }: { countries: ReadonlyArray<Country>; entries: ReadonlyArray<PeerEligibility>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const name = (code: string) => pick(countries.find((country) => country.code === code)!.name, locale);
  const yesNo = (value: boolean | null) => (value === null ? t("common.noData") : value ? t("comparePage.yes") : t("comparePage.no"));
  const column = (key: string) => t(`comparePage.columns.${key}`);
  const uncovered = countries.filter((country) => country.code !== "VN" && !entries.some((entry) => entry.country === country.code));
  return (
    <section aria-labelledby="peer-notes" className="mt-8">
      <h2 id="peer-notes" className="text-xl font-bold">{t("comparePage.notesTitle")}</h2>
      <ScrollRegion label={t("common.tableRegion", { title: t("comparePage.notesTitle") })} className="mt-3">
        <table className="stack-table w-full border-collapse text-left text-sm">
          <thead>
            <tr>
              {["country", "date", "total", "eligible", "member", "note"].map((column) => (
                <th key={column} scope="col" className="border-b border-line px-2 py-1">{t(`comparePage.columns.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...entries].sort((a, b) => a.country.localeCompare(b.country) || a.date.localeCompare(b.date)).map((entry) => (
              <tr key={`${entry.country}-${entry.date}`} className="border-b border-line align-top">
                <th scope="row" className="px-2 py-1 font-medium">{name(entry.country)}</th>
                <LabelledCell label={column("date")} className="px-2 py-1 tabular">{entry.date}</LabelledCell>
                <LabelledCell label={column("total")} className={`px-2 py-1 tabular ${entry.total === null ? "italic text-muted" : ""}`}>
                  {entry.total === null ? t("common.noData") : t("common.pointsOutOf", { points: entry.total, outOf: entry.outOf ?? "?" })}
                  {entry.total !== null && entry.basis === "derived" ? ` (${t("basis.derived")})` : ""}
                </LabelledCell>
                <LabelledCell label={column("eligible")} className="px-2 py-1">{yesNo(entry.eligible)}</LabelledCell>
                <LabelledCell label={column("member")} className="px-2 py-1">{yesNo(entry.member)}</LabelledCell>
                <LabelledCell label={column("note")} wide className="px-2 py-1">
                  {pick(entry.note, locale)}
                  <SourceLinks ids={entry.sources} locale={locale} />
                </LabelledCell>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {uncovered.length > 0 && (
        <>
          <h3 className="mt-5 font-semibold">{t("comparePage.uncoveredTitle")}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {uncovered.map((country) => (
              <li key={country.code}>
                {pick(country.name, locale)}: {country.note ? pick(country.note, locale) : t("comparePage.noSource")}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
