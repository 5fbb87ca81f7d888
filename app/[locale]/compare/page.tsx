import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareYearsNav } from "@/components/compare/compare-years-nav";
import { PeerComputedTable } from "@/components/compare/peer-computed";
import { PeerNotes } from "@/components/compare/peer-notes";
import { ChartFigure } from "@/components/export/chart-figure";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { loadDataset } from "@/lib/data/read-dataset";
import { computedDataYears } from "@/lib/scoring/computed-assessments";
import { pageMetadata } from "@/lib/format/page-metadata";
import { peersComputed } from "@/lib/scoring/peer-computed";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
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
  const tAll = await getTranslations({ locale });
  // The same figures as the embeds and downloads, from the one chart map: Vietnam's entry and the merged
  // survey rounds are computed once, in lib/export/chart-registry.ts.
  const dataset = loadDataset();
  const latestYear = vietnamToday(dataset).latest?.computed.dataYear;
  return (
    <PageShell locale={locale} path="/compare/" current="compare">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("description")}</p>
      <PageContents
        locale={locale}
        items={[
          { id: "compare-eligibility", label: latestYear !== undefined ? tAll("charts.compareComputed.title", { year: latestYear }) : tAll("charts.compareEligibility.title") },
          { id: "compare-obs", label: tAll("charts.compareObs.title") },
          ...(latestYear !== undefined ? [{ id: "peers-computed", label: tAll("engine.peers.computedTitle", { year: latestYear }) }] : []),
          { id: "peer-notes", label: t("notesTitle") },
        ]}
      />
      {latestYear !== undefined && <CompareYearsNav years={computedDataYears(dataset)} current={latestYear} latest={latestYear} locale={locale} />}
      <div className="mt-6 grid gap-6">
        <ChartFigure chart="compare-eligibility" dataset={dataset} locale={locale} />
        <ChartFigure chart="compare-obs" dataset={dataset} locale={locale} />
      </div>
      {latestYear !== undefined && <PeerComputedTable peers={peersComputed(dataset, latestYear)} countries={dataset.peers.countries} dataYear={latestYear} locale={locale} />}
      {/* Countries scored only to test the readings are listed with their figures on the methodology page. */}
      <PeerNotes countries={dataset.peers.countries.filter((country) => !country.calibrationOnly)} entries={dataset.peers.eligibility.filter((entry) => !dataset.peers.countries.find((country) => country.code === entry.country)?.calibrationOnly)} locale={locale} />
    </PageShell>
  );
}
