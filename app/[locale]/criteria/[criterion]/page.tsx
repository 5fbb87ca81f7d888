import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CriterionHistoryFigure } from "@/components/charts/criterion-history-figure";
import { EiuFigure } from "@/components/charts/eiu-figure";
import { ObsFigure } from "@/components/charts/obs-figure";
import { RtiFigure } from "@/components/charts/rti-figure";
import { CriterionNav } from "@/components/criteria/criterion-nav";
import { CriterionRule } from "@/components/criteria/criterion-rule";
import { LawList } from "@/components/criteria/law-list";
import { ReformList } from "@/components/criteria/reform-list";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { CriteriaList } from "@/components/score/criteria-list";
import { loadDataset } from "@/lib/data/read-dataset";
import { criterionFromSlug, criterionSlugs } from "@/lib/format/criterion-slug";
import { pageMetadata } from "@/lib/format/page-metadata";
import { ruleVersionForDataYear } from "@/lib/scoring/rule-version-at";
import { simulatorStart } from "@/lib/scoring/simulator-setup";
import { assessmentsWithComputed, vietnamToday } from "@/lib/scoring/vietnam-today";
import { criterionIds, type Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale; criterion: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => criterionIds.map((criterion) => ({ criterion: criterionSlugs[criterion] }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, criterion: slug } = await params;
  const criterion = criterionFromSlug(slug);
  if (!criterion) return {};
  const t = await getTranslations({ locale });
  return pageMetadata({ locale, path: `/criteria/${slug}/`, title: t("criterionPage.metaTitle", { criterion: t(`criteria.${criterion}`) }), description: t(`criterionPage.description.${criterion}`) });
}

export default async function CriterionPage({ params }: Props) {
  const { locale, criterion: slug } = await params;
  const criterion = criterionFromSlug(slug);
  if (!criterion) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const dataset = loadDataset();
  const { assessments, rules, inputs, reforms, questions } = dataset;
  const latest = vietnamToday(dataset).latest;
  const latestRule = latest ? ruleVersionForDataYear(rules, latest.computed.dataYear) : undefined;
  const laws = inputs.laws.filter((law) => law.country === "VN" && law.criterion === criterion);
  const vietnamObs = inputs.openBudgetSurvey.filter((round) => round.country === "VN");
  return (
    <PageShell locale={locale} path={`/criteria/${slug}/`} current="criteria">
      <CriterionNav current={criterion} locale={locale} />
      <h1 className="mt-4 text-2xl font-bold sm:text-3xl">{t(`criteria.${criterion}`)}</h1>
      <p className="mt-2 max-w-prose text-lg">{t(`criterionPage.description.${criterion}`)}</p>
      <PageContents
        locale={locale}
        items={[
          ...(latest && latestRule ? [{ id: "now", label: t("criterionPage.now") }] : []),
          { id: "rule", label: t("criterionPage.rule") },
          { id: `history-${criterion}`, label: t("charts.criterionHistory.title", { criterion: t(`criteria.${criterion}`) }) },
          ...(criterion === "fiscalTransparency" ? [{ id: "open-budget-survey", label: t("charts.obs.title") }] : []),
          ...(criterion === "accessToInformation" ? [{ id: "rti-rating", label: t("charts.rti.title") }] : []),
          ...(criterion === "citizenEngagement" ? [{ id: "eiu-democracy-index", label: t("charts.eiu.title") }] : []),
          ...(laws.length > 0 ? [{ id: "laws", label: t("criterionPage.laws") }] : []),
          { id: "reforms", label: t("criterionPage.reforms") },
        ]}
      />
      {latest && latestRule && (
        <section aria-labelledby="now" className="mt-6">
          <h2 id="now" className="text-xl font-bold">{t("criterionPage.now")}</h2>
          <div className="mt-3 max-w-md">
            <CriteriaList computed={latest.computed} rule={latestRule} assessments={assessments} laws={inputs.laws} questions={questions} locale={locale} only={[criterion]} />
          </div>
        </section>
      )}
      <div className="mt-8">
        <CriterionRule criterion={criterion} rules={rules} locale={locale} />
      </div>
      <div className="mt-8 grid gap-6">
        <CriterionHistoryFigure assessments={assessmentsWithComputed(dataset)} criterion={criterion} locale={locale} />
        {criterion === "fiscalTransparency" && <ObsFigure rounds={vietnamObs} locale={locale} />}
        {criterion === "accessToInformation" && <RtiFigure ratings={inputs.rtiRating} locale={locale} />}
        {criterion === "citizenEngagement" && <EiuFigure editions={inputs.democracyIndex.filter((edition) => edition.country === "VN")} locale={locale} />}
      </div>
      <LawList laws={laws} locale={locale} />
      <ReformList reforms={reforms.filter((reform) => reform.criterion === criterion)} locale={locale} start={simulatorStart(dataset)} />
    </PageShell>
  );
}
