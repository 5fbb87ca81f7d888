import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CriteriaFigure } from "@/components/charts/criteria-figure";
import { ScoreHistoryFigure } from "@/components/charts/score-history-figure";
import { BriefLink } from "@/components/export/brief-link";
import { CiteThis } from "@/components/export/cite-this";
import { TodayShare } from "@/components/export/today-share";
import { midSentence } from "@/lib/format/mid-sentence";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { CriteriaList } from "@/components/score/criteria-list";
import { TodaySummary } from "@/components/score/today-summary";
import { loadDataset } from "@/lib/data/read-dataset";
import { pick } from "@/lib/format/localized";
import { pageMetadata } from "@/lib/format/page-metadata";
import { ruleVersionAt, ruleVersionForDataYear } from "@/lib/scoring/rule-version-at";
import { assessmentsWithComputed, vietnamToday } from "@/lib/scoring/vietnam-today";
import { assessmentHistory } from "@/lib/scoring/select-assessments";
import { criterionIds, type Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return pageMetadata({ locale, path: "/", title: t("metaTitle"), description: t("metaDescription") });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const dataset = loadDataset();
  const { rules, assessments, inputs, questions } = dataset;
  const today = vietnamToday(dataset);
  const computedRule = today.latest && ruleVersionForDataYear(rules, today.latest.computed.dataYear);
  const publishedRule = today.lastPublished && ruleVersionAt(rules, today.lastPublished.date);
  const passMark = `${(computedRule ?? rules.at(-1))?.passMarkPercent}%`;
  // The newest published assessment that gives any criterion's points (the per-criterion figures readers can quote).
  const publishedSplit = assessmentHistory(assessments).filter((assessment) => criterionIds.some((criterion) => assessment.criteria[criterion].points !== null)).at(-1);
  return (
    <PageShell locale={locale} path="/" current="home">
      {/* The dashboard prints as a two-sheet brief (app/globals.css). */}
      <div data-print-brief>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("home.heading")}</h1>
        <p className="mt-2 max-w-prose">{t("home.lead", { passMark })}</p>
        <div className="mt-4">
          <TodaySummary today={today} publishedRule={publishedRule} computedRule={computedRule} latestNote={dataset.release.computed?.note} locale={locale} />
        </div>
        <PageContents
          locale={locale}
          items={[
            { id: "score-history", label: t("home.historyTitle") },
            ...(today.latest && computedRule ? [{ id: "criteria-title", label: t("home.criteriaTitle") }] : []),
            { id: "cite-title", label: t("cite.title") },
          ]}
        />
        <section aria-labelledby="history-title" className="mt-8">
          <h2 id="history-title" className="sr-only">
            {t("home.historyTitle")}
          </h2>
          <ScoreHistoryFigure assessments={assessmentsWithComputed(dataset)} rules={rules} locale={locale} headingLevel={3} />
        </section>
        {today.latest && computedRule && (
          <section aria-labelledby="criteria-title" className="no-print mt-8">
            <h2 id="criteria-title" className="text-xl font-bold">
              {t("home.criteriaTitle")}
            </h2>
            <p className="mt-1 text-sm text-muted">
              {publishedSplit && t("today.criteriaFrom", { year: today.latest.computed.dataYear, published: midSentence(pick(publishedSplit.label, locale)) })}
            </p>
            <div className="mt-3">
              <CriteriaFigure assessment={today.latest.assessment} locale={locale} headingLevel={3} />
            </div>
            <div className="mt-3">
              <CriteriaList computed={today.latest.computed} rule={computedRule} assessments={assessments} laws={inputs.laws} questions={questions} locale={locale} />
            </div>
          </section>
        )}
        <div className="mt-8 grid gap-4 md:grid-cols-2">
          <TodayShare locale={locale} />
          <BriefLink locale={locale} />
        </div>
        <div className="no-print mt-8">
          <CiteThis locale={locale} />
        </div>
      </div>
    </PageShell>
  );
}
