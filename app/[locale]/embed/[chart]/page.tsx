import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { embedMetadata } from "@/components/export/embed-metadata";
import { EmbedView } from "@/components/export/embed-view";
import { loadDataset } from "@/lib/data/read-dataset";
import { chartIds, isChartId } from "@/lib/export/chart-registry";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale; chart: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => chartIds.map((chart) => ({ chart }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chart } = await params;
  return embedMetadata({ chart, locale, dataset: loadDataset() });
}

/** Live embed: follows the newest data. */
export default async function EmbedPage({ params }: Props) {
  const { locale, chart } = await params;
  if (!isChartId(chart)) notFound();
  setRequestLocale(locale);
  return <EmbedView chart={chart} locale={locale} dataset={loadDataset()} pinned={false} />;
}
