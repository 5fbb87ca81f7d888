import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import type { Locale } from "@/lib/schemas/common";
import type { Law } from "@/lib/schemas/inputs";

/** The laws behind a criterion: when adopted, when in force, what they do. */
export async function LawList({ laws, locale }: { laws: ReadonlyArray<Law>; locale: Locale }) {
  if (laws.length === 0) return null;
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="laws" className="mt-8">
      <h2 id="laws" className="text-xl font-bold">{t("criterionPage.laws")}</h2>
      <ul className="mt-3 grid gap-3">
        {[...laws].sort((a, b) => a.adopted.localeCompare(b.adopted)).map((law) => (
          <li key={law.id} className="rounded-lg border border-line p-3">
            <h3 className="font-semibold">
              {pick(law.title, locale)}
              {law.number && <span className="font-normal text-muted"> ({law.number})</span>}
            </h3>
            <p className="text-sm text-muted">
              {t("criterionPage.adopted", { date: formatPartialDate(law.adopted, locale) })}
              {law.inForce && ` · ${t("criterionPage.inForce", { date: formatPartialDate(law.inForce, locale) })}`}
            </p>
            <p className="mt-1">{pick(law.summary, locale)}</p>
            <div className="mt-1">
              <SourceLinks ids={law.sources} locale={locale} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
