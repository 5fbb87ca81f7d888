import type { Locale } from "../schemas/common";
import { locales } from "../schemas/common";
import { site } from "../../config/site";
import { ogImagePath } from "../export/export-paths";
import en from "../../messages/en.json";
import feedEn from "../../messages/feed.en.json";
import feedVi from "../../messages/feed.vi.json";
import vi from "../../messages/vi.json";

const siteNames: Record<Locale, string> = { vi: vi.site.name, en: en.site.name };
const feedTitles: Record<Locale, string> = { vi: feedVi.feed.headLink, en: feedEn.feed.headLink };

/**
 * <link rel="alternate" type="application/atom+xml"> for the data-release feeds: the page's language first, then
 * the other, each titled in its own language so a feed reader can tell them apart.
 */
export const feedAlternates = (locale: Locale) => ({
  "application/atom+xml": [locale, ...locales.filter((other) => other !== locale)].map((l) => ({ url: `/${l}/feed.xml`, title: feedTitles[l] })),
});

type PageMetadataInput = { locale: Locale; path: string; title: string; description: string; image?: string };

/**
 * Title, description, canonical URL and hreflang alternates in the page's own language. Every page gets its own
 * Open Graph image (/og/<locale>/<page>.png, drawn after the build by scripts/build-exports.ts) unless `image` is given.
 */
export const pageMetadata = ({ locale, path, title, description, image = ogImagePath(locale, path) }: PageMetadataInput) => {
  const url = (l: Locale) => `/${l}${path}`;
  return {
    metadataBase: new URL(site.origin),
    title,
    description,
    alternates: {
      canonical: url(locale),
      languages: { ...Object.fromEntries(locales.map((l) => [l, url(l)])), "x-default": url("vi") },
      types: feedAlternates(locale),
    },
    openGraph: {
      title,
      description,
      url: url(locale),
      siteName: siteNames[locale],
      locale: locale === "vi" ? "vi_VN" : "en_GB",
      type: "website" as const,
      ...(image ? { images: [{ url: image, width: 1200, height: 630 }] } : {}),
    },
    twitter: { card: image ? ("summary_large_image" as const) : ("summary" as const), title, description, ...(image ? { images: [image] } : {}) },
  };
};
