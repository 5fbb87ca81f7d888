import { ScrollRegion } from "@/components/layout/scroll-region";
import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import { criterionIds, type Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";

/** The rules by version: when each came into force, what changed, and the points each criterion allows. */
export async function RuleVersions({ rules, locale }: { rules: ReadonlyArray<RuleVersion>; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="versions" className="mt-8">
      <h2 id="versions" className="text-xl font-bold">{t("methodologyPage.versionsTitle")}</h2>
      <ol className="mt-3 space-y-3">
        {rules.map((rule) => (
          <li key={rule.id} id={`rules-${rule.id}`} className="rounded-lg border border-line p-3">
            <h3 className="font-semibold">{pick(rule.label, locale)}</h3>
            <p className="text-sm text-muted">{t("criterionPage.from", { date: formatPartialDate(rule.inForceFrom, locale) })}</p>
            <p className="mt-1">{pick(rule.summary, locale)}</p>
            <p className="mt-1 text-sm">
              <span className="font-medium">{t("methodologyPage.changes")}: </span>
              {pick(rule.changes, locale)}
            </p>
            <SourceLinks ids={rule.sources} locale={locale} />
          </li>
        ))}
      </ol>
      <ScrollRegion label={t("methodologyPage.allowedTitle")} className="mt-4">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-semibold">{t("methodologyPage.allowedTitle")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line px-2 py-1">{t("charts.columns.criterion")}</th>
              {rules.map((rule) => (
                <th key={rule.id} scope="col" className="border-b border-line px-2 py-1">{pick(rule.label, locale)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criterionIds.map((criterion) => (
              <tr key={criterion} className="border-b border-line">
                <th scope="row" className="px-2 py-1 font-medium">{t(`criteria.${criterion}`)}</th>
                {rules.map((rule) => {
                  const allowed = rule.criteria[criterion].allowedPoints;
                  return (
                    <td key={rule.id} className={`px-2 py-1 tabular ${allowed ? "" : "italic text-muted"}`}>
                      {allowed ? allowed.join(" / ") : t("methodologyPage.notKnown")}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
