import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { StatusBadge } from "@/components/status/status-badge";
import { pick } from "@/lib/format/localized";
import { joiningStatus } from "@/lib/scoring/joining-status";
import type { EligibilityScore } from "@/lib/scoring/score-assessment";
import type { Assessment } from "@/lib/schemas/assessment";
import type { Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";

/** Where Vietnam stands: the score against the bar, the gap in points, what the figure is and where it comes from. */
export async function ScoreSummary({ assessment, score, rule, locale }: { assessment: Assessment; score: EligibilityScore; rule: RuleVersion; locale: Locale }) {
  const t = await getTranslations({ locale });
  const passMark = `${rule.passMarkPercent}%`;
  const outOf = score.applicablePoints;
  const total = assessment.total;
  return (
    <section aria-labelledby="latest-score" className="rounded-lg border border-line bg-panel p-4 sm:p-6" data-testid="score-summary">
      <h2 id="latest-score" className="text-base font-semibold text-muted">
        {t("home.latestTitle")} · {t("home.assessedOn", { label: pick(assessment.label, locale) })} <StatusBadge status={assessment.status} locale={locale} />
      </h2>
      <p className="mt-2 text-5xl font-bold tabular" data-testid="score-value">
        {score.total !== null ? (
          <>
            <span className="sr-only">{t("home.scoreLabel", { points: score.total, outOf })}</span>
            <span aria-hidden="true">
              {score.total}
              <span className="text-2xl text-muted">/{outOf}</span>
            </span>
          </>
        ) : (
          <span className="text-2xl">{t("home.scoreUnknown", { min: score.range.min, max: score.range.max, outOf })}</span>
        )}
      </p>
      <p className="mt-1 font-semibold" data-testid="eligibility">
        {t(`eligibility.${score.eligibility}`)} · {t("home.thresholdLine", { threshold: score.thresholdPoints, outOf, passMark })}
      </p>
      {score.gap !== null && (
        <p className="mt-1 text-lg" data-testid="gap">
          {score.gap > 0 ? t("home.gap", { gap: score.gap }) : t("home.gapNone")}
        </p>
      )}
      <p className="mt-1">
        {t(`joining.${joiningStatus(score.eligibility, assessment.valuesCheck.result)}`)} {t("valuesCheck.title")}: {t(`valuesCheck.${assessment.valuesCheck.result}`)}.
      </p>
      <p className="mt-3">{pick(assessment.summary, locale)}</p>
      {total?.derivation && (
        <p className="mt-2 text-sm">
          <span className="font-medium">{t("common.derivation")}: </span>
          {pick(total.derivation, locale)}
        </p>
      )}
      <div className="mt-3">
        <SourceLinks ids={assessment.sources} locale={locale} />
      </div>
    </section>
  );
}
