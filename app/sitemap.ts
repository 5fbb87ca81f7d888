import type { MetadataRoute } from "next";
import { site } from "@/config/site";
import { frozenReleaseIds, loadDataset } from "@/lib/data/read-dataset";
import { localePath } from "@/lib/format/locale";
import { sitePages } from "@/lib/format/site-paths";
import { locales } from "@/lib/schemas/common";

// out/sitemap.xml: every page in both languages, each with its hreflang alternates (vi, en, x-default = vi).
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = sitePages({ dataset: loadDataset(), releases: frozenReleaseIds() });
  const url = (locale: (typeof locales)[number], path: string) => `${site.origin}${localePath(locale, path)}`;
  return locales.flatMap((locale) =>
    pages.map((page) => ({
      url: url(locale, page.path),
      lastModified: page.asOf,
      alternates: { languages: { ...Object.fromEntries(locales.map((other) => [other, url(other, page.path)])), "x-default": url("vi", page.path) } },
    })),
  );
}
