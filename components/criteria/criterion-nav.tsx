import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { criterionSlugs } from "@/lib/format/criterion-slug";
import { localePath } from "@/lib/format/locale";
import { criterionIds, type CriterionId, type Locale } from "@/lib/schemas/common";

/** The four criteria as tabs-like links; the current one is marked for screen readers too. */
export async function CriterionNav({ current, locale }: { current: CriterionId; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <nav aria-label={t("criterionPage.otherCriteria")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {criterionIds.map((criterion) => (
          <li key={criterion}>
            <Link prefetch={false}
              href={localePath(locale, `/criteria/${criterionSlugs[criterion]}/`)}
              aria-current={criterion === current ? "page" : undefined}
              className={`inline-block rounded border px-2 py-1 ${criterion === current ? "border-ink font-semibold text-ink no-underline" : "border-line"}`}
            >
              {t(`criteria.${criterion}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
