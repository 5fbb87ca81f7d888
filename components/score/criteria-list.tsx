import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { StatusBadge } from "@/components/status/status-badge";
import { criterionSlugs } from "@/lib/format/criterion-slug";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import { formatPossible } from "@/lib/format/possible-points";
import { formatEiuScore } from "@/lib/charts/describe/indicators";
import type { ComputedYear } from "@/lib/schemas/computed";
import type { InputEvidence } from "@/lib/schemas/computed";
import { assessmentHistory } from "@/lib/scoring/select-assessments";
import type { Assessment } from "@/lib/schemas/assessment";
import { criterionIds, type CriterionId, type Locale } from "@/lib/schemas/common";
import type { Law } from "@/lib/schemas/inputs";
import type { ReadingQuestion, RuleVersion } from "@/lib/schemas/rules";
import { evidenceSources } from "@/lib/scoring/evidence-sources";

type Props = {
  computed: ComputedYear;
  rule: RuleVersion;
  /** Published assessments, for the last published points of each criterion. */
  assessments: ReadonlyArray<Assessment>;
  laws: ReadonlyArray<Law>;
  questions: ReadonlyArray<ReadingQuestion>;
  locale: Locale;
  only?: ReadonlyArray<CriterionId>;
};

/**
 * The four criteria for the latest computed data year: the points the rules give (every possible value where the
 * rules or the inputs leave room, never 0 for unknown), what those points mean, the inputs behind them and what
 * stays open; beside it, the last points a source published for the criterion, with its date.
 */
export async function CriteriaList({ computed, rule, assessments, laws, questions, locale, only }: Props) {
  const t = await getTranslations({ locale });
  const published = assessmentHistory(assessments).filter((assessment) => assessment.status !== "computed");
  const evidenceText = (item: InputEvidence) => {
    switch (item.kind) {
      case "obs-round": {
        const status = (value: typeof item.executiveBudgetProposal) => (value === null ? t("common.noData") : t(`charts.obs.document.${value}`).toLowerCase());
        return t("today.evidenceObs", { round: item.round, proposal: status(item.executiveBudgetProposal), audit: status(item.auditReport) });
      }
      case "eiu-edition":
        return item.civilLiberties === null ? t("today.evidenceEiuMissing", { year: item.year }) : t("today.evidenceEiu", { year: item.year, score: formatEiuScore(item.civilLiberties, locale) });
      case "law": {
        const law = laws.find((candidate) => candidate.id === item.id);
        return law ? t("today.evidenceLaw", { title: pick(law.title, locale), date: formatPartialDate(law.inForce ?? law.adopted, locale) }) : item.id;
      }
      case "obs-not-surveyed":
        return t("today.evidenceObsNotSurveyed", { round: item.throughRound });
      case "eiu-not-covered":
        return t("today.evidenceEiuNotCovered");
      case "missing":
        return t(`today.reasonMissing.${item.what}`);
    }
  };
  return (
    <ul className={`grid gap-3 ${only ? "" : "sm:grid-cols-2"}`}>
      {(only ?? criterionIds).map((criterion) => {
        const result = computed.criteria[criterion];
        const values = result.possible.filter((value): value is number => value !== null);
        const lastPublished = published.filter((assessment) => assessment.criteria[criterion].points !== null).at(-1);
        const meanings = values.flatMap((points) => rule.criteria[criterion].ladder.filter((step) => step.points === points).map((step) => ({ points, text: pick(step.meaning, locale) })));
        const sources = evidenceSources(result.evidence);
        return (
          <li key={criterion} className="rounded-lg border border-line p-4" data-criterion={criterion}>
            <h3 className="font-semibold">
              <Link prefetch={false} href={localePath(locale, `/criteria/${criterionSlugs[criterion]}/`)}>{t(`criteria.${criterion}`)}</Link>
            </h3>
            <p className="mt-1 text-sm text-muted">{t("today.criterionComputed", { year: computed.dataYear })}</p>
            <p className="text-3xl font-bold tabular" data-testid="criterion-points" data-possible={values.join(",")}>
              {values.length === 0 ? (
                <span className="text-xl font-semibold italic text-nodata">{t("basis.not-measured")}</span>
              ) : (
                <>
                  <span className="sr-only">{values.length === 1 ? t("common.pointsOutOf", { points: values[0], outOf: 4 }) : t("today.possibleLabel", { values: formatPossible(values, locale) })}</span>
                  <span aria-hidden="true">{t("today.possible", { values: values.length === 1 ? String(values[0]) : formatPossible(values, locale) })}</span>
                </>
              )}
              <span className="ml-2 align-middle">
                <StatusBadge status="computed" locale={locale} />
              </span>
            </p>
            {meanings.map((meaning) => (
              <p key={meaning.points} className="mt-1 text-sm">
                {values.length > 1 && <span className="font-semibold">{meaning.points}: </span>}
                {meaning.text}
              </p>
            ))}
            {result.openQuestions.length > 0 && (
              <p className="mt-1 text-sm">
                <span className="font-medium">{t("today.openQuestions")}: </span>
                {result.openQuestions.map((id) => pick(questions.find((question) => question.id === id)!.question, locale)).join(" ")}
              </p>
            )}
            <p className="mt-2 text-sm" data-testid="criterion-published">
              {lastPublished
                ? t("today.criterionPublished", { label: pick(lastPublished.label, locale), points: `${lastPublished.criteria[criterion].points}/4` })
                : t("today.criterionPublishedNone")}
            </p>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer">{t("today.inputs")}</summary>
              <ul className="mt-1 list-disc pl-5">
                {[...result.evidence.map(evidenceText), ...result.missingInputs.map((what) => t(`today.reasonMissing.${what}`))].map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
              <div className="mt-1">
                <SourceLinks ids={sources} locale={locale} />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
