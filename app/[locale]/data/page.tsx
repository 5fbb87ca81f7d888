import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DatasetList } from "@/components/data/dataset-list";
import { BriefLink } from "@/components/export/brief-link";
import { CiteThis } from "@/components/export/cite-this";
import { DataDownloads } from "@/components/export/data-downloads";
import { SourceTable } from "@/components/data/source-table";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { loadDataset } from "@/lib/data/read-dataset";
import { pageMetadata } from "@/lib/format/page-metadata";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dataPage" });
  return pageMetadata({ locale, path: "/data/", title: t("title"), description: t("description") });
}

export default async function DataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "dataPage" });
  const tAll = await getTranslations({ locale });
  const dataset = loadDataset();
  return (
    <PageShell locale={locale} path="/data/" current="data">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("description")}</p>
      <p className="mt-2">
        {t("release", { release: dataset.release.id, date: formatPartialDate(dataset.release.publishedOn, locale) })} {pick(dataset.release.summary, locale)}
      </p>
      <PageContents
        locale={locale}
        items={[
          { id: "datasets", label: t("datasetsTitle") },
          { id: "downloads-title", label: tAll("downloads.sectionTitle") },
          { id: "cite-title", label: tAll("cite.title") },
          { id: "sources", label: t("sourcesTitle", { count: dataset.sources.length }) },
        ]}
      />
      <div className="mt-4">
        <BriefLink locale={locale} />
      </div>
      <DatasetList dataset={dataset} locale={locale} />
      <DataDownloads locale={locale} />
      <div className="mt-8">
        <CiteThis locale={locale} />
      </div>
      <SourceTable sources={dataset.sources} locale={locale} />
    </PageShell>
  );
}
