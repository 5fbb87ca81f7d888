import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { Derivations } from "@/components/methodology/derivations";
import { ComputedYears } from "@/components/methodology/computed-years";
import { KnownUnknowns } from "@/components/methodology/known-unknowns";
import { ReadingsTable } from "@/components/methodology/readings-table";
import { ValuesCheckInputs } from "@/components/methodology/values-check-inputs";
import { RuleVersions } from "@/components/methodology/rule-versions";
import { StatusLabels } from "@/components/methodology/status-labels";
import { loadDataset } from "@/lib/data/read-dataset";
import { pageMetadata } from "@/lib/format/page-metadata";
import { calibrateReadings, readingTable } from "@/lib/scoring/calibrate-readings";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { thresholdPoints, applicablePoints } from "@/lib/scoring/score-assessment";
import { criterionIds, type Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "methodologyPage" });
  return pageMetadata({ locale, path: "/methodology/", title: t("title"), description: t("description") });
}

export default async function MethodologyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "methodologyPage" });
  const tAll = await getTranslations({ locale });
  const dataset = loadDataset();
  const { rules, assessments, peers, inputs } = dataset;
  const today = vietnamToday(dataset);
  const calibration = dataset.questions.length > 0 ? calibrateReadings(dataset) : undefined;
  const current = rules.at(-1)!;
  const all = applicablePoints(criterionIds.length);
  const three = applicablePoints(criterionIds.length - 1);
  return (
    <PageShell locale={locale} path="/methodology/" current="methodology">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("description")}</p>
      <PageContents
        locale={locale}
        items={[
          { id: "scoring", label: t("scoringTitle") },
          ...(today.computed.length > 0 ? [{ id: "computed", label: tAll("engine.computedTitle") }] : []),
          ...(calibration ? [{ id: "readings", label: tAll("engine.readingsTitle") }] : []),
          { id: "values-check", label: tAll("engine.valuesCheckTitle") },
          { id: "versions", label: t("versionsTitle") },
          { id: "labels", label: t("labelsTitle") },
          { id: "derivations", label: t("derivationsTitle") },
          { id: "unknowns", label: t("unknownsTitle") },
        ]}
      />
      <section aria-labelledby="scoring" className="mt-6 max-w-prose space-y-2">
        <h2 id="scoring" className="text-xl font-bold">{t("scoringTitle")}</h2>
        <p>
          {t("scoringBody", {
            criteria: criterionIds.length,
            points: current.pointsPerCriterion,
            all,
            three,
            passMark: `${current.passMarkPercent}%`,
            thresholdAll: thresholdPoints(all, current.passMarkPercent),
            thresholdThree: thresholdPoints(three, current.passMarkPercent),
            minimum: current.minimumCriteriaMeasured.value,
          })}
        </p>
        <p>{t("rangeBody")}</p>
        <p>{t("valuesCheckBody", { year: rules.find((rule) => rule.valuesCheck)?.inForceFrom.slice(0, 4) ?? "" })}</p>
      </section>
      <ComputedYears years={today.computed} locale={locale} />
      {calibration && <ReadingsTable calibration={calibration} rows={readingTable(calibration)} locale={locale} />}
      <ValuesCheckInputs vdem={inputs.vdem} locale={locale} />
      <RuleVersions rules={rules} locale={locale} />
      <StatusLabels locale={locale} />
      <Derivations assessments={assessments} peers={peers} locale={locale} />
      <KnownUnknowns rules={rules} locale={locale} />
    </PageShell>
  );
}
