import { getTranslations } from "next-intl/server";
import { formatPointRange } from "@/lib/format/possible-points";
import type { ComputedYear } from "@/lib/schemas/computed";
import type { Locale } from "@/lib/schemas/common";

/**
 * The answer in one plain paragraph, before any box: where Vietnam stands by OGP's rules on the latest data year,
 * against the bar, and, if the rules and sources leave a range, the facts still open and what would settle each.
 * Everything in it follows from the engine's output, so no figure here is written by hand.
 */
type Published = { points: string; outOf: number; date: string };

export async function TodayAnswer({ computed, published, locale }: { computed: ComputedYear; published?: Published; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "today.answer" });
  const outOf = computed.applicable.max;
  const threshold = computed.threshold.max;
  const { min, max } = computed.total;
  const verdict =
    min >= threshold ? t("met") : max < threshold ? t("short", { gap: threshold - max === threshold - min ? String(threshold - max) : `${threshold - max}–${threshold - min}` }) : t("maybe", { gap: threshold - min });
  // The Open Budget Survey round whose document statuses we lack, for the fact that would settle the range.
  const openRound = computed.criteria.fiscalTransparency.evidence.flatMap((item) => (item.kind === "obs-round" && (item.executiveBudgetProposal === null || item.auditReport === null) ? [item.round] : [])).at(-1);
  const unknowns = [
    ...computed.rangeBecause.missingInputs.map((what) => (what === "obs-document-status" && openRound !== undefined ? t("settleObs", { round: openRound }) : t(`settle.${what}`))),
    ...computed.rangeBecause.questions.map((id) => t(`settleQuestion.${id}`)),
  ];
  return (
    <div className="max-w-prose" data-testid="today-answer">
      <p className="text-lg" data-testid="today-lead">
        <strong>{t("lead", { year: computed.dataYear, range: formatPointRange(computed.total), outOf, threshold })}</strong> {verdict}
      </p>
      {published && (
        <p className="mt-1" data-testid="today-published">
          {t("published", { points: published.points, outOf: published.outOf, date: published.date })}
        </p>
      )}
      {min !== max && unknowns.length > 0 && (
        <p className="mt-2" data-testid="today-unknowns">
          {t("unknowns", { count: unknowns.length })} {unknowns.join(" ")}
        </p>
      )}

    </div>
  );
}
