import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import type { Assessment } from "@/lib/schemas/assessment";
import { criterionIds, type Locale } from "@/lib/schemas/common";
import type { Peers } from "@/lib/schemas/peers";

/** Every derived figure on the site with its derivation, straight from data/. */
export async function Derivations({ assessments, peers, locale }: { assessments: ReadonlyArray<Assessment>; peers: Peers; locale: Locale }) {
  const t = await getTranslations({ locale });
  const items = assessments.flatMap((assessment) => [
    ...(assessment.total?.derivation ? [{ key: `${assessment.id}-total`, what: `${pick(assessment.label, locale)} · ${t("charts.columns.total")}: ${assessment.total.points}/${assessment.total.outOf}`, how: pick(assessment.total.derivation, locale), sources: assessment.total.sources }] : []),
    ...criterionIds.flatMap((criterion) => {
      const score = assessment.criteria[criterion];
      return score.derivation ? [{ key: `${assessment.id}-${criterion}`, what: `${pick(assessment.label, locale)} · ${t(`criteria.${criterion}`)}: ${score.points}/4`, how: pick(score.derivation, locale), sources: score.sources }] : [];
    }),
  ]);
  const peerItems = peers.eligibility.filter((entry) => entry.basis === "derived");
  const name = (code: string) => pick(peers.countries.find((country) => country.code === code)!.name, locale);
  return (
    <section aria-labelledby="derivations" className="mt-8">
      <h2 id="derivations" className="text-xl font-bold">{t("methodologyPage.derivationsTitle")}</h2>
      <ul className="mt-3 space-y-3">
        {items.map((item) => (
          <li key={item.key} id={`derivation-${item.key}`} className="rounded-lg border border-line p-3">
            <h3 className="font-semibold">{item.what}</h3>
            <p className="mt-1">{item.how}</p>
            <SourceLinks ids={item.sources} locale={locale} />
          </li>
        ))}
        {peerItems.map((entry) => (
          <li key={`${entry.country}-${entry.date}`} className="rounded-lg border border-line p-3">
            <h3 className="font-semibold">
              {name(entry.country)} · {entry.date}
            </h3>
            <p className="mt-1">{pick(entry.note, locale)}</p>
            <SourceLinks ids={entry.sources} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
