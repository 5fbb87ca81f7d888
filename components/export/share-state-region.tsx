import { getTranslations } from "next-intl/server";
import { chartIds } from "@/lib/export/chart-registry";
import { shareKeys } from "@/lib/url-state/share-state";
import type { Locale } from "@/lib/schemas/common";
import { ShareStateNotice, type NoticeLabels } from "./share-state-notice";

const reasons = ["invalid", "unknown-value", "outdated", "repeated", "not-applicable", "unknown-key", "too-long"] as const;

/** The share-link island with only the texts it needs (messages stay on the server). */
export async function ShareStateRegion({ locale, scenarios }: { locale: Locale; scenarios?: ReadonlyArray<string> }) {
  const t = await getTranslations({ locale, namespace: "share" });
  const labels: NoticeLabels = {
    title: t("adjustedTitle"),
    intro: t("adjustedIntro"),
    showing: t.raw("showing") as string,
    keys: { ...(Object.fromEntries(shareKeys.map((key) => [key, t(`keys.${key}`)])) as Record<(typeof shareKeys)[number], string>), unknown: t("keys.unknown") },
    reasons: Object.fromEntries(reasons.map((reason) => [reason, t.raw(`reasons.${reason}`) as string])) as NoticeLabels["reasons"],
  };
  return <ShareStateNotice chartIds={chartIds} scenarios={scenarios} labels={labels} />;
}
