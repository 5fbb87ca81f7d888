import { getTranslations } from "next-intl/server";
import type { AssessmentStatus } from "@/lib/schemas/assessment";
import type { Locale } from "@/lib/schemas/common";

const styles: Record<AssessmentStatus, string> = {
  official: "border-data text-data",
  reported: "border-data text-data",
  derived: "border-derived text-derived",
  computed: "border-computed text-computed",
  projection: "border-projection text-projection border-dashed",
  scenario: "border-scenario text-scenario border-dashed",
};

/** Says in words what kind of figure this is; colour is never the only signal. */
export async function StatusBadge({ status, locale }: { status: AssessmentStatus; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "status" });
  return (
    <span className={`inline-block rounded border-2 px-1.5 text-xs font-semibold uppercase tracking-wide ${styles[status]}`} title={t(`${status}Help`)} data-status={status}>
      {t(status)}
    </span>
  );
}
