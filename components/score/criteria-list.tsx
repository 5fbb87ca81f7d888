import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { criterionSlugs } from "@/lib/format/criterion-slug";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import type { Assessment } from "@/lib/schemas/assessment";
import { criterionIds, type CriterionId, type Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";

/** The four criteria: points out of 4 (or "no data", never 0), what the points mean, how we know. */
export async function CriteriaList({ assessment, rule, locale, only }: { assessment: Assessment; rule: RuleVersion; locale: Locale; only?: ReadonlyArray<CriterionId> }) {
  const t = await getTranslations({ locale });
  return (
    <ul className={`grid gap-3 ${only ? "" : "sm:grid-cols-2"}`}>
      {(only ?? criterionIds).map((criterion) => {
        const score = assessment.criteria[criterion];
        const ruleForCriterion = rule.criteria[criterion];
        const step = ruleForCriterion.ladder.find((candidate) => candidate.points === score.points);
        return (
          <li key={criterion} className="rounded-lg border border-line p-4" data-criterion={criterion}>
            <h3 className="font-semibold">
              <Link prefetch={false} href={localePath(locale, `/criteria/${criterionSlugs[criterion]}/`)}>{t(`criteria.${criterion}`)}</Link>
            </h3>
            <p className="mt-1 text-3xl font-bold tabular" data-testid="criterion-points">
              {score.points === null ? (
                <span className="text-xl font-semibold italic text-nodata">{t("common.noData")}</span>
              ) : (
                t("home.criterionPoints", { points: score.points })
              )}
              <span className="ml-2 align-middle text-xs font-normal text-muted">({t(`basis.${score.basis}`)})</span>
            </p>
            {step && <p className="mt-1 text-sm">{pick(step.meaning, locale)}</p>}
            {score.derivation && (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer">{t("common.derivation")}</summary>
                <p className="mt-1">{pick(score.derivation, locale)}</p>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
