import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { embedMetadata } from "@/components/export/embed-metadata";
import { EmbedView } from "@/components/export/embed-view";
import { frozenReleaseIds, loadRelease } from "@/lib/data/read-dataset";
import { chartIds, isChartId } from "@/lib/export/chart-registry";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale; chart: string; release: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => chartIds.flatMap((chart) => frozenReleaseIds().map((release) => ({ chart, release })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chart, release } = await params;
  return embedMetadata({ chart, locale, dataset: loadRelease(release), release });
}

/** Pinned embed: built from data/releases/<release>/, so it never changes after publication. */
export default async function PinnedEmbedPage({ params }: Props) {
  const { locale, chart, release } = await params;
  if (!isChartId(chart) || !frozenReleaseIds().includes(release)) notFound();
  setRequestLocale(locale);
  return <EmbedView chart={chart} locale={locale} dataset={loadRelease(release)} pinned />;
}
