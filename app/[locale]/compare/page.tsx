import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PeerEligibilityFigure } from "@/components/charts/peer-eligibility-figure";
import { PeerObsFigure } from "@/components/charts/peer-obs-figure";
import { PeerNotes } from "@/components/compare/peer-notes";
import { PageShell } from "@/components/layout/page-shell";
import { loadDataset } from "@/lib/data/read-dataset";
import { pageMetadata } from "@/lib/format/page-metadata";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { latestAssessment } from "@/lib/scoring/select-assessments";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "comparePage" });
  return pageMetadata({ locale, path: "/compare/", title: t("title"), description: t("description") });
}

export default async function ComparePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "comparePage" });
  const { peers, inputs, assessments, rules } = loadDataset();
  const latest = latestAssessment(assessments)!;
  const rule = ruleVersionAt(rules, latest.date)!;
  const obsRounds = [...inputs.openBudgetSurvey, ...peers.openBudgetSurvey];
  return (
    <PageShell locale={locale} path="/compare/" current="compare">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("description")}</p>
      <div className="mt-6 grid gap-6">
        <PeerEligibilityFigure
          countries={peers.countries}
          entries={peers.eligibility}
          vietnam={{ date: latest.date, score: scoreAssessment(latest, rule), derived: latest.status === "derived", sources: latest.sources }}
          passMarkPercent={rule.passMarkPercent}
          locale={locale}
        />
        <PeerObsFigure countries={peers.countries} rounds={obsRounds} locale={locale} />
      </div>
      <PeerNotes countries={peers.countries} entries={peers.eligibility} locale={locale} />
    </PageShell>
  );
}
