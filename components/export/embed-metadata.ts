import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { site } from "@/config/site";
import { chartDefinition } from "@/lib/export/chart-registry";
import { exportPaths } from "@/lib/export/export-paths";
import { feedAlternates } from "@/lib/format/page-metadata";
import { locales, type Locale } from "@/lib/schemas/common";
import type { Dataset } from "@/lib/schemas/dataset";
import { serverTranslate } from "./server-translate";

/** Title and description in the embed's language, and the oEmbed discovery link. */
export const embedMetadata = async ({ chart, locale, dataset, release }: { chart: string; locale: Locale; dataset: Dataset; release?: string }): Promise<Metadata> => {
  const t = await getTranslations({ locale });
  const definition = chartDefinition(chart);
  if (!definition) return {};
  const title = definition.describe({ dataset, locale, t: await serverTranslate(locale) }).title;
  return {
    metadataBase: new URL(site.origin),
    title: t("embed.frameTitle", { title, site: t("site.name") }),
    description: t("embed.metaDescription", { title, site: t("site.name") }),
    alternates: {
      canonical: exportPaths.embed(locale, chart, release),
      languages: { ...Object.fromEntries(locales.map((l) => [l, exportPaths.embed(l, chart, release)])), "x-default": exportPaths.embed("vi", chart, release) },
      types: { "application/json+oembed": `${site.origin}${exportPaths.oembed(locale, chart, release)}`, ...feedAlternates(locale) },
    },
  };
};
