import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { TimelineList } from "@/components/timeline/timeline-list";
import { loadDataset } from "@/lib/data/read-dataset";
import { pageMetadata } from "@/lib/format/page-metadata";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale }> };

const firstYear = () => [...loadDataset().timeline].sort((a, b) => a.date.localeCompare(b.date))[0]?.date.slice(0, 4) ?? "";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "timelinePage" });
  return pageMetadata({ locale, path: "/timeline/", title: t("title"), description: t("description", { start: firstYear() }) });
}

export default async function TimelinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "timelinePage" });
  const { timeline, assessments, rules } = loadDataset();
  return (
    <PageShell locale={locale} path="/timeline/" current="timeline">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("description", { start: firstYear() })}</p>
      {/* The list's sections are its years (components/timeline/timeline-list.tsx). */}
      <PageContents locale={locale} items={[...new Set([...timeline].sort((a, b) => a.date.localeCompare(b.date)).map((event) => event.date.slice(0, 4)))].map((year) => ({ id: `year-${year}`, label: year }))} />
      <TimelineList events={timeline} assessments={assessments} rules={rules} locale={locale} />
    </PageShell>
  );
}
