import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { StatusBadge } from "@/components/status/status-badge";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import { formatPointRange } from "@/lib/format/possible-points";
import type { VietnamToday } from "@/lib/scoring/vietnam-today";
import { scoreAssessment, type ScoringRule } from "@/lib/scoring/score-assessment";
import type { Locale, LocalizedText } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";
import { rangeReasons } from "./computed-reasons";
import { TodayAnswer } from "./today-answer";

type Props = { today: VietnamToday; publishedRule: ScoringRule | undefined; computedRule: RuleVersion | undefined; latestNote?: LocalizedText; locale: Locale };

/**
 * Where Vietnam stands, told honestly about time: the last figure a source published, with its date and the fact that
 * nothing newer exists, beside our computed estimate for the latest OGP data year with its range and why it is one.
 */
export async function TodaySummary({ today, publishedRule, computedRule, latestNote, locale }: Props) {
  const t = await getTranslations({ locale });
  const published = today.lastPublished;
  const publishedScore = published && scoreAssessment(published, publishedRule);
  const latest = today.latest;
  const computed = latest?.computed;
  const outOf = computed?.applicable.max ?? 16;
  const threshold = computed?.threshold.max ?? 12;
  const passMark = `${computedRule?.passMarkPercent ?? 75}%`;
  const gap = computed && { min: Math.max(0, threshold - computed.total.max), max: Math.max(0, threshold - computed.total.min) };
  const reasons = computed ? rangeReasons(computed, t) : [];
  return (
    <>
    {computed && (
      <TodayAnswer
        computed={computed}
        published={published && publishedScore ? { points: formatPointRange(publishedScore.range), outOf: publishedScore.applicablePoints, date: formatPartialDate(published.date, locale) } : undefined}
        locale={locale}
      />
    )}
    <div className="mt-4 grid gap-3 sm:grid-cols-2" data-testid="today">
      {published && publishedScore && (
        <section aria-labelledby="last-published" className="rounded-lg border border-line bg-panel p-4" data-testid="last-published">
          <h2 id="last-published" className="text-base font-semibold text-muted">
            {t("today.publishedTitle")}
          </h2>
          <p className="mt-1 text-4xl font-bold tabular" data-testid="published-score">
            <span className="sr-only">{t("today.scoreExactLabel", { total: formatPointRange(publishedScore.range), outOf: publishedScore.applicablePoints })}</span>
            <span aria-hidden="true">
              {formatPointRange(publishedScore.range)}
              <span className="text-xl text-muted">/{publishedScore.applicablePoints}</span>
            </span>
          </p>
          <p className="mt-1" data-testid="published-date">
            <StatusBadge status={published.status} locale={locale} /> <span className="font-semibold">{formatPartialDate(published.date, locale)}</span>
          </p>
          <p className="mt-1 text-sm">{t("today.noNewer")}</p>
          <div className="mt-2">
            <SourceLinks ids={published.sources} locale={locale} />
          </div>
        </section>
      )}
      {computed && latest && (
        <section aria-labelledby="computed-latest" className="rounded-lg border-2 border-computed p-4" data-testid="computed-latest">
          <h2 id="computed-latest" className="text-base font-semibold text-muted">
            {t("today.computedTitle", { year: computed.dataYear })}
          </h2>
          <p className="mt-1 text-4xl font-bold tabular" data-testid="computed-score">
            <span className="sr-only">
              {computed.total.min === computed.total.max
                ? t("today.scoreExactLabel", { total: computed.total.min, outOf })
                : t("today.scoreRangeLabel", { min: computed.total.min, max: computed.total.max, outOf })}
            </span>
            <span aria-hidden="true">
              {formatPointRange(computed.total)}
              <span className="text-xl text-muted">/{outOf}</span>
            </span>
          </p>
          <p className="mt-1">
            <StatusBadge status="computed" locale={locale} /> <span className="font-semibold">{t(`eligibility.${computed.eligibility}`)}</span> · {t("today.bar", { threshold, outOf, passMark })}
          </p>
          {gap && (
            <p className="mt-1 text-sm" data-testid="computed-gap">
              {gap.max === 0 ? t("today.barMet") : gap.min === 0 ? t("today.gapMaybe", { max: gap.max }) : gap.min === gap.max ? t("today.gapExact", { gap: gap.min }) : t("today.gapRange", { min: gap.min, max: gap.max })}
            </p>
          )}
          <p className="mt-1 text-sm" data-testid="why-range">
            {reasons.length > 0 ? t("today.whyRange", { reasons: reasons.join("; ") }) : t("today.whyExact")}
          </p>
          <p className="mt-1 text-sm text-muted">{t("today.computedNotOfficial")}</p>
          <p className="mt-1 text-sm">
            <Link prefetch={false} href={`${localePath(locale, "/methodology/")}#computed-section`}>
              {t("today.how")}
            </Link>
          </p>
        </section>
      )}
      {/* Why the latest data year is this one (indices of the next update not in our sources yet), from release.json. */}
      {latestNote && <p className="text-sm text-muted sm:col-span-2" data-testid="today-latest-note">{pick(latestNote, locale)}</p>}
      {latest && (
        <p className="text-sm sm:col-span-2" data-testid="values-check">
          {t("today.valuesCheck", { result: t(`valuesCheck.${latest.assessment.valuesCheck.result}`).toLowerCase(), threshold, outOf })}
        </p>
      )}
    </div>
    </>
  );
}
