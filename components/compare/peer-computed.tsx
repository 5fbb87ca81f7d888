import { getTranslations } from "next-intl/server";
import { LabelledCell } from "@/components/layout/labelled-cell";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import { formatPointRange, formatPossible } from "@/lib/format/possible-points";
import type { PeerComputed } from "@/lib/scoring/peer-computed";
import { criterionIds, type Locale } from "@/lib/schemas/common";
import type { Country } from "@/lib/schemas/peers";
import { evidenceSources } from "@/lib/scoring/evidence-sources";

/**
 * Peers scored by the same engine for the latest data year. A criterion with no sourced input says "no data"; a
 * country with no sourced input at all is a line of text, not a row of blanks.
 */
export async function PeerComputedTable({ peers, countries, dataYear, locale }: { peers: ReadonlyArray<PeerComputed>; countries: ReadonlyArray<Country>; dataYear: number; locale: Locale }) {
  const t = await getTranslations({ locale });
  const name = (code: string) => pick(countries.find((country) => country.code === code)!.name, locale);
  const withInputs = peers.filter((peer) => peer.sourced.length > 0);
  const without = peers.filter((peer) => peer.sourced.length === 0);
  return (
    <section aria-labelledby="peers-computed" className="mt-8">
      <h2 id="peers-computed" className="text-xl font-bold">{t("engine.peers.computedTitle", { year: dataYear })}</h2>
      <p className="mt-2 max-w-prose">{t("engine.peers.computedIntro")}</p>
      {withInputs.length > 0 && (
        <ScrollRegion label={t("engine.peers.computedCaption")} className="mt-3">
          <table className="stack-table w-full border-collapse text-left text-sm tabular" data-testid="peers-computed">
            <caption className="sr-only">{t("engine.peers.computedCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-line px-2 py-1">{t("comparePage.columns.country")}</th>
                {criterionIds.map((criterion) => (
                  <th key={criterion} scope="col" className="border-b border-line px-2 py-1">{t(`criteria.${criterion}`)}</th>
                ))}
                <th scope="col" className="border-b border-line px-2 py-1">{t("engine.peers.computedTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {withInputs.map((peer) => (
                <tr key={peer.country} className="border-b border-line align-top" data-country={peer.country}>
                  <th scope="row" className="px-2 py-1 font-medium">{name(peer.country)}</th>
                  {criterionIds.map((criterion) => {
                    const values = peer.computed.criteria[criterion].possible.filter((value): value is number => value !== null);
                    return peer.sourced.includes(criterion) ? (
                      <LabelledCell key={criterion} label={t(`criteria.${criterion}`)} className={`px-2 py-1 ${values.length === 0 ? "italic text-muted" : ""}`}>
                        {/* Sourced, but the index does not cover the country (e.g. no Open Budget Survey round): not measured, as OGP says. */}
                        {values.length === 0 ? t("basis.not-measured") : `${formatPossible(values, locale)}/4`}
                      </LabelledCell>
                    ) : (
                      <LabelledCell key={criterion} label={t(`criteria.${criterion}`)} className="px-2 py-1 italic text-muted">{t("common.noData")}</LabelledCell>
                    );
                  })}
                  <LabelledCell label={t("engine.peers.computedTotal")} className="px-2 py-1">
                    {/* A total over mostly unsourced criteria would be a range of guesses: shown only from three sourced criteria. */}
                    {peer.sourced.length >= 3 ? `${formatPointRange(peer.computed.total)}/${peer.computed.applicable.max}` : <span className="italic text-muted">{t("engine.peers.tooFew")}</span>}
                    <span className="block text-xs text-muted">{t("engine.peers.computedOnlySome", { criteria: peer.sourced.map((criterion) => t(`criteria.${criterion}`)).join(", ") })}</span>
                  </LabelledCell>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {without.length > 0 && <p className="mt-2 text-sm">{t("engine.peers.computedNothing", { countries: without.map((peer) => name(peer.country)).join(", ") })}</p>}
      <div className="mt-2">
        <SourceLinks ids={evidenceSources(withInputs.flatMap((peer) => criterionIds.filter((criterion) => peer.sourced.includes(criterion)).flatMap((criterion) => peer.computed.criteria[criterion].evidence)))} locale={locale} />
      </div>
    </section>
  );
}
