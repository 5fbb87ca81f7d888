import { getTranslations } from "next-intl/server";
import { pick } from "@/lib/format/localized";
import { criterionIds, type Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";

/** What the sources leave open, said plainly: unconfirmed rule details and the Values Check cut-offs. */
export async function KnownUnknowns({ rules, locale }: { rules: ReadonlyArray<RuleVersion>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const current = rules.at(-1)!;
  return (
    <section aria-labelledby="unknowns" className="mt-8">
      <h2 id="unknowns" className="text-xl font-bold">{t("methodologyPage.unknownsTitle")}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {criterionIds.flatMap((criterion) =>
          current.criteria[criterion].unknowns.map((unknown) => (
            <li key={`${criterion}-${unknown.en}`}>
              <span className="font-medium">{t(`criteria.${criterion}`)}: </span>
              {pick(unknown, locale)}
            </li>
          )),
        )}
        {current.valuesCheck && !current.valuesCheck.thresholdsKnown && <li>{t("methodologyPage.valuesCheckUnknown")}</li>}
        <li>{t("methodologyPage.databaseUnknown")}</li>
      </ul>
    </section>
  );
}
