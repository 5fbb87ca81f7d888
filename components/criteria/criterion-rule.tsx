import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import type { CriterionId, Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";

/** The rule in force today, its point ladder, how it changed by version, and what the sources leave open. */
export async function CriterionRule({ criterion, rules, locale }: { criterion: CriterionId; rules: ReadonlyArray<RuleVersion>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const current = rules.at(-1)!;
  const rule = current.criteria[criterion];
  const versions = rules.map((version) => ({ version, allowed: version.criteria[criterion].allowedPoints }));
  return (
    <section aria-labelledby="rule">
      <h2 id="rule" className="text-xl font-bold">{t("criterionPage.rule")}</h2>
      <p className="mt-2 max-w-prose">{pick(rule.measure, locale)}</p>
      <table className="mt-3 w-full max-w-2xl border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{t("criterionPage.ladder", { version: pick(current.label, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line px-2 py-1">{t("charts.columns.points")}</th>
            <th scope="col" className="border-b border-line px-2 py-1">{t("criterionPage.meaning")}</th>
            <th scope="col" className="border-b border-line px-2 py-1">{t("criterionPage.confirmation")}</th>
          </tr>
        </thead>
        <tbody>
          {rule.ladder.map((step) => (
            <tr key={step.points} className="border-b border-line align-top">
              <th scope="row" className="px-2 py-1 text-lg font-bold tabular">{step.points}</th>
              <td className="px-2 py-1">{pick(step.meaning, locale)}</td>
              <td className="px-2 py-1">{t(`confirmation.${step.confirmation}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-5 font-semibold">{t("criterionPage.byVersion")}</h3>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {versions.map(({ version, allowed }) => (
          <li key={version.id}>
            {pick(version.label, locale)} ({t("criterionPage.from", { date: formatPartialDate(version.inForceFrom, locale) })}):{" "}
            {allowed ? t("criterionPage.allowed", { points: allowed.join(", ") }) : t("criterionPage.allowedUnknown")}
          </li>
        ))}
      </ul>
      {rule.unknowns.length > 0 && (
        <>
          <h3 className="mt-5 font-semibold">{t("criterionPage.unknowns")}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {rule.unknowns.map((unknown) => (
              <li key={unknown.en}>{pick(unknown, locale)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="mt-3">
        <SourceLinks ids={rule.sources} locale={locale} />
      </div>
    </section>
  );
}
