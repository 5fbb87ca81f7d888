import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChartView } from "@/components/charts/chart-view";
import { CompareYearsNav } from "@/components/compare/compare-years-nav";
import { serverTranslate } from "@/components/export/server-translate";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { loadDataset } from "@/lib/data/read-dataset";
import { describeCompareAtYear } from "@/lib/export/chart-registry";
import { computedDataYears } from "@/lib/scoring/computed-assessments";
import { pageMetadata } from "@/lib/format/page-metadata";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale; year: string }> };

// Every data year but the latest, which /compare/ itself shows (one address per view).
const olderYears = () => computedDataYears(loadDataset()).slice(0, -1);

export const dynamicParams = false;
export const generateStaticParams = () => olderYears().map((year) => ({ year: String(year) }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: "charts.compareComputed" });
  return pageMetadata({ locale, path: `/compare/${year}/`, title: t("yearPageTitle", { year }), description: t("yearPageDescription", { year }) });
}

export default async function CompareYearPage({ params }: Props) {
  const { locale, year } = await params;
  setRequestLocale(locale);
  const dataYear = Number(year);
  const dataset = loadDataset();
  const years = computedDataYears(dataset);
  if (!olderYears().includes(dataYear)) notFound();
  const t = await getTranslations({ locale, namespace: "charts.compareComputed" });
  const description = describeCompareAtYear(dataset, dataYear, { locale, t: await serverTranslate(locale) });
  return (
    <PageShell locale={locale} path={`/compare/${year}/`} current="compare">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("yearPageTitle", { year })}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("yearPageDescription", { year })}</p>
      <PageContents
        locale={locale}
        items={[
          { id: description.id, label: description.title },
          { id: "compare-years", label: t("yearsNav") },
        ]}
      />
      <CompareYearsNav years={years} current={dataYear} latest={years.at(-1)!} locale={locale} />
      <div className="mt-6">
        <ChartView description={description} locale={locale} />
      </div>
    </PageShell>
  );
}
