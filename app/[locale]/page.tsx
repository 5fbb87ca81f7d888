import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CriteriaFigure } from "@/components/charts/criteria-figure";
import { ScoreHistoryFigure } from "@/components/charts/score-history-figure";
import { CiteThis } from "@/components/export/cite-this";
import { PageShell } from "@/components/layout/page-shell";
import { CriteriaList } from "@/components/score/criteria-list";
import { ScoreSummary } from "@/components/score/score-summary";
import { loadDataset } from "@/lib/data/read-dataset";
import { pick } from "@/lib/format/localized";
import { pageMetadata } from "@/lib/format/page-metadata";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { latestAssessment, latestWithCriteria } from "@/lib/scoring/select-assessments";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return pageMetadata({ locale, path: "/", title: t("metaTitle"), description: t("metaDescription") });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const { assessments, rules } = loadDataset();
  const latest = latestAssessment(assessments);
  const withCriteria = latestWithCriteria(assessments);
  const latestRule = latest && ruleVersionAt(rules, latest.date);
  const criteriaRule = withCriteria && ruleVersionAt(rules, withCriteria.date);
  const passMark = `${(latestRule ?? rules.at(-1))?.passMarkPercent}%`;
  return (
    <PageShell locale={locale} path="/" current="home">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("heading")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("lead", { passMark })}</p>
      <div className="mt-6">
        {latest && latestRule && <ScoreSummary assessment={latest} score={scoreAssessment(latest, latestRule)} rule={latestRule} locale={locale} />}
      </div>
      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="sr-only">
          {t("historyTitle")}
        </h2>
        <ScoreHistoryFigure assessments={assessments} rules={rules} locale={locale} headingLevel={3} />
      </section>
      {withCriteria && criteriaRule && (
        <section aria-labelledby="criteria-title" className="mt-8">
          <h2 id="criteria-title" className="text-xl font-bold">
            {t("criteriaTitle")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("criteriaFrom", { label: pick(withCriteria.label, locale) })}</p>
          <div className="mt-3">
            <CriteriaFigure assessment={withCriteria} locale={locale} headingLevel={3} />
          </div>
          <div className="mt-3">
            <CriteriaList assessment={withCriteria} rule={criteriaRule} locale={locale} />
          </div>
        </section>
      )}
      <div className="mt-8">
        <CiteThis locale={locale} />
      </div>
    </PageShell>
  );
}
