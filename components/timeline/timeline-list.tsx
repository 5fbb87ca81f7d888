import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { StatusBadge } from "@/components/status/status-badge";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { Assessment } from "@/lib/schemas/assessment";
import type { Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";
import type { TimelineEvent } from "@/lib/schemas/timeline";

const kindStyle: Record<TimelineEvent["kind"], string> = {
  ogp: "border-accent",
  advocacy: "border-good",
  law: "border-derived",
  assessment: "border-threshold",
  rules: "border-projection",
  survey: "border-muted",
};

/** Events by year; an assessment event shows the score it reports, scored by the same library as the dashboard. */
export async function TimelineList({ events, assessments, rules, locale }: { events: ReadonlyArray<TimelineEvent>; assessments: ReadonlyArray<Assessment>; rules: ReadonlyArray<RuleVersion>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const years = [...new Set(sorted.map((event) => event.date.slice(0, 4)))];
  return (
    <div className="mt-6 space-y-8">
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="text-xl font-bold tabular">{year}</h2>
          <ol className="mt-2 space-y-3 border-l-2 border-line pl-4">
            {sorted
              .filter((event) => event.date.startsWith(year))
              .map((event) => {
                const assessment = event.assessmentId ? assessments.find((candidate) => candidate.id === event.assessmentId) : undefined;
                const score = assessment ? scoreAssessment(assessment, ruleVersionAt(rules, assessment.date)) : undefined;
                return (
                  <li key={event.id} id={event.id} className={`rounded-r border-l-4 bg-panel p-3 ${kindStyle[event.kind]}`} data-kind={event.kind}>
                    <p className="text-sm text-muted">
                      <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time> · {t(`timelinePage.kind.${event.kind}`)}
                    </p>
                    <h3 className="font-semibold">{pick(event.title, locale)}</h3>
                    <p className="mt-1">{pick(event.body, locale)}</p>
                    {assessment && score && (
                      <p className="mt-1 text-sm">
                        <StatusBadge status={assessment.status} locale={locale} />{" "}
                        {score.total !== null
                          ? t("common.pointsOutOf", { points: score.total, outOf: score.applicablePoints })
                          : t("common.pointsRange", { min: score.range.min, max: score.range.max, outOf: score.applicablePoints })}
                        {" · "}
                        {t(`eligibility.${score.eligibility}`)}
                      </p>
                    )}
                    <div className="mt-1">
                      <SourceLinks ids={event.sources} locale={locale} />
                    </div>
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </div>
  );
}
