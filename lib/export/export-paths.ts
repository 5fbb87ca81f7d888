import type { Locale } from "../schemas/common";

/** Where every exported file lives in out/; pages link to these and the post-build script writes them. */
export const exportPaths = {
  embed: (locale: Locale, chart: string, release?: string) => `/${locale}/embed/${chart}/${release ? `${release}/` : ""}`,
  chartFile: (locale: Locale, chart: string, extension: "csv" | "json" | "svg" | "png") => `/downloads/${locale}/${chart}.${extension}`,
  datasetFile: (name: string, extension: "csv" | "json") => `/downloads/data/${name}.${extension}`,
  citation: (locale: Locale) => `/downloads/${locale}/cite-ogp-scorecard.bib`,
  oembed: (locale: Locale, chart: string, release?: string) => `/oembed/${locale}/${chart}${release ? `-${release}` : ""}.json`,
  // v2 since release 2026-11-30 (rules.json became an object, sources' dates structured): /api/v1/ stays frozen at
  // release 2026-11-23 as static files in public/api/v1/, so nothing built on it breaks.
  apiIndex: () => "/api/v2/index.json",
  apiDataset: (name: string) => `/api/v2/${name}.json`,
  apiSchema: (name: string) => `/api/v2/schema/${name}.json`,
  resizer: () => "/embed/resize.js",
  frameScript: () => "/embed/frame.js",
} as const;

/** "/" → "home", "/criteria/asset-disclosure/" → "criteria-asset-disclosure": one Open Graph image per page and locale. */
export const ogImageSlug = (path: string) => path.split("/").filter(Boolean).join("-") || "home";
export const ogImagePath = (locale: Locale, path: string) => `/og/${locale}/${ogImageSlug(path)}.png`;

/** "assessments.json" → "assessments". */
export const datasetName = (file: string) => file.replace(/\.json$/, "");
