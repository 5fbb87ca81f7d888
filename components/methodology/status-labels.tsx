import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { assessmentStatuses } from "@/lib/schemas/assessment";
import type { Locale } from "@/lib/schemas/common";

/** What each label on a figure means: official, reported, derived, projection, scenario. */
export async function StatusLabels({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="labels" className="mt-8">
      <h2 id="labels" className="text-xl font-bold">{t("methodologyPage.labelsTitle")}</h2>
      <dl className="mt-3 grid gap-2 sm:grid-cols-[auto_1fr]">
        {assessmentStatuses.map((status) => (
          <div key={status} className="contents">
            <dt>
              <StatusBadge status={status} locale={locale} />
            </dt>
            <dd className="mb-2 sm:mb-0">{t(`status.${status}Help`)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 max-w-prose">{t("methodologyPage.noDataBody")}</p>
    </section>
  );
}
