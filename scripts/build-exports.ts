// After `next build`: writes every file the static pages link to but React does not render —
// chart downloads (CSV, JSON, standalone SVG, 2× PNG), full datasets (CSV, JSON), the static API with JSON Schemas,
// oEmbed responses, the .bib citation and one Open Graph image (1200×630 PNG) per page and locale.
// Everything comes from lib/export (the chart registry) and from the HTML the build just wrote, so downloads,
// embeds and pages show the same numbers.
import { Resvg } from "@resvg/resvg-js";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { site } from "@/config/site";
import { loadMessages } from "@/i18n/load-messages";
import { frozenReleaseIds, loadDataset, loadRelease } from "@/lib/data/read-dataset";
import { chartData, chartDefinitions } from "@/lib/export/chart-registry";
import type { Translate } from "@/lib/charts/describe/common";
import { exportScene } from "@/lib/charts/export-layout";
import { renderSvg } from "@/lib/charts/render-svg";
import { shortPublisher } from "@/components/sources/source-line";
import { citationBibtex } from "@/lib/export/citation";
import { recordsToCsv, toCsv } from "@/lib/export/csv";
import { datasetTables } from "@/lib/export/dataset-tables";
import { oembedResponse } from "@/lib/export/embed-snippet";
import { computedDataset, computedTables } from "@/lib/export/computed-dataset";
import { datasetName, exportPaths } from "@/lib/export/export-paths";
import { ogCardLayout, ogCardSvg, type OgCardInput } from "@/lib/export/og-card";
import { todayCardContent } from "@/lib/export/og-card-content";
import { ogLayoutProblems, type OgTextRun } from "@/lib/export/og-text";
import { resizeScript } from "@/lib/export/resize-script";
import { decodeXmlText, lightModeColours, resolveCssVariables, SYSTEM_FONT_STACK } from "@/lib/export/standalone-svg";
import { localePath } from "@/lib/format/locale";
import { formatPartialDate } from "@/lib/format/partial-date";
import { scenarioCardContent } from "@/lib/export/scenario-og";
import { scenarioCardSvg, scenarioCardTextLayout } from "@/lib/export/scenario-og-card";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { computedDatasetSchema } from "@/lib/schemas/computed";
import { datasetFileNames, datasetFileSchemas } from "@/lib/schemas/dataset";
import { locales, type Locale } from "@/lib/schemas/common";

const out = process.env.OUT_DIR ?? "out";
const started = Date.now();
if (!existsSync(join(out, "vi", "index.html"))) {
  console.error(`build-exports: ${out}/vi/index.html is missing; run next build first.`);
  process.exit(1);
}

const write = (path: string, content: string | Buffer) => {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
};
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// Fonts for resvg: full Be Vietnam Pro TTFs (Latin + Vietnamese in one file each; resvg reads no woff and no
// unicode-range, so the @fontsource subsets would drop ệ and đ). The SVG's font stack starts with "Be Vietnam Pro".
const fontDir = join("node_modules", "@expo-google-fonts", "be-vietnam-pro");
const fontFiles = ["400Regular", "700Bold", "400Regular_Italic"].map((face) => join(fontDir, face, `BeVietnamPro_${face}.ttf`));
const toPng = (svg: string, zoom: number) =>
  new Resvg(svg, { fitTo: { mode: "zoom", value: zoom }, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Be Vietnam Pro" } }).render().asPng();

const colours = lightModeColours(readFileSync(join("app", "globals.css"), "utf8"));
const dataset = loadDataset();
const release = dataset.release;
const translators = Object.fromEntries(
  locales.map((locale) => {
    const t = createTranslator({ locale, messages: loadMessages(locale) });
    const translate: Translate = (key, values) => t(key as never, values as never);
    return [locale, translate];
  }),
) as Record<Locale, Translate>;
const counts: Record<string, number> = {};
const count = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);

// 1. Each chart: CSV and JSON of the displayed data, standalone SVG, PNG at 2×, oEmbed (live and pinned).
for (const locale of locales) {
  const t = translators[locale];
  for (const chart of chartDefinitions) {
    const data = chartData(chart, { dataset, locale, t });
    write(exportPaths.chartFile(locale, chart.id, "csv"), toCsv(data.columns, data.rows));
    const meta = { chart: data.chart, locale: data.locale, release: data.release, title: data.title, subtitle: data.subtitle, notes: data.notes, columns: data.columns, rows: data.rows, sources: data.sources };
    write(exportPaths.chartFile(locale, chart.id, "json"), json({ ...meta, licence: site.licence, page: `${site.origin}${localePath(locale, chart.page)}#${chart.id}` }));
    count("chart csv+json");

    // The download is laid out by the same engine as the page, with title, legend, notes, sources and date inside.
    const publishers = [...new Set(data.sources.map((id) => dataset.sources.find((source) => source.id === id)?.publisher).filter((name): name is string => Boolean(name)).map(shortPublisher))];
    const scene = exportScene(data.description, [
      t("downloads.source", { sources: publishers.join("; ") }),
      t("downloads.footer", { date: formatPartialDate(release.publishedOn, locale), release: release.id, site: t("site.name"), url: `${site.origin}${localePath(locale, chart.page)}` }),
    ]);
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${resolveCssVariables(renderSvg(scene, { id: `${chart.id}-download`, title: data.title, desc: data.description.summary, standalone: { fontFamily: SYSTEM_FONT_STACK } }), colours)}\n`;
    write(exportPaths.chartFile(locale, chart.id, "svg"), svg);
    write(exportPaths.chartFile(locale, chart.id, "png"), toPng(svg, 2));
    count("chart svg+png");

    for (const pinned of [undefined, ...frozenReleaseIds()]) {
      const source = pinned ? loadRelease(pinned) : dataset;
      const title = chart.describe({ dataset: source, locale, t }).title;
      const frameTitle = t("embed.frameTitle", { title, site: t("site.name") });
      write(exportPaths.oembed(locale, chart.id, pinned), json(oembedResponse({ src: `${site.origin}${exportPaths.embed(locale, chart.id, pinned)}`, title: frameTitle, height: chart.height, provider: t("site.name"), origin: site.origin })));
      count("oembed");
    }
  }

  // Citation as a .bib file (the access date is left for the reader).
  write(
    exportPaths.citation(locale),
    citationBibtex({
      locale,
      author: t("cite.author"),
      title: t("cite.workTitle", { release: release.id }),
      year: release.publishedOn.slice(0, 4),
      url: `${site.origin}${localePath(locale)}`,
      releaseId: release.id,
      accessed: t("cite.accessed", { date: t("cite.placeholder") }),
    }),
  );
}

// The optional resizer for pages that embed our charts, with our origin written in (it trusts no other).
write(exportPaths.resizer(), resizeScript(site.origin));

// 2. Full datasets (JSON as in data/, CSV where tabular) and the static API with JSON Schemas.
const apiDatasets: Array<{ name: string; file: string; url: string; path: string; schema: string; downloads: { json: string; csv: string[] } }> = datasetFileNames.map((file) => {
  const name = datasetName(file);
  const raw = readFileSync(join(process.env.OGP_DATA_DIR ?? "data", file), "utf8");
  write(exportPaths.datasetFile(name, "json"), raw);
  write(exportPaths.apiDataset(name), raw);
  const tables = datasetTables(name, dataset);
  for (const table of tables) write(exportPaths.datasetFile(table.name, "csv"), recordsToCsv(table.records));
  const schema = z.toJSONSchema(datasetFileSchemas[file], { target: "draft-2020-12", unrepresentable: "any" });
  write(exportPaths.apiSchema(name), json({ $id: `${site.origin}${exportPaths.apiSchema(name)}`, title: file, ...schema }));
  count("dataset");
  return {
    name,
    file,
    url: `${site.origin}${exportPaths.apiDataset(name)}`,
    path: exportPaths.apiDataset(name),
    schema: exportPaths.apiSchema(name),
    downloads: { json: exportPaths.datasetFile(name, "json"), csv: tables.map((table) => exportPaths.datasetFile(table.name, "csv")) },
  };
});
// The eligibility engine's output, published like every dataset: JSON with its JSON Schema, and CSV.
const computed = computedDataset(dataset);
{
  const text = json(computedDatasetSchema.parse(computed));
  write(exportPaths.apiDataset("computed"), text);
  write(exportPaths.datasetFile("computed", "json"), text);
  const tables = computedTables(computed);
  for (const table of tables) write(exportPaths.datasetFile(table.name, "csv"), recordsToCsv(table.records));
  const schema = z.toJSONSchema(computedDatasetSchema, { target: "draft-2020-12", unrepresentable: "any" });
  write(exportPaths.apiSchema("computed"), json({ $id: `${site.origin}${exportPaths.apiSchema("computed")}`, title: "computed (lib/scoring, not a file in data/)", ...schema }));
  apiDatasets.push({
    name: "computed",
    file: "computed (generated by lib/scoring)",
    url: `${site.origin}${exportPaths.apiDataset("computed")}`,
    path: exportPaths.apiDataset("computed"),
    schema: exportPaths.apiSchema("computed"),
    downloads: { json: exportPaths.datasetFile("computed", "json"), csv: tables.map((table) => exportPaths.datasetFile(table.name, "csv")) },
  });
  count("dataset");
}
const today = vietnamToday(dataset);
write(
  exportPaths.apiIndex(),
  json({
    name: "Vietnam OGP Scorecard — static data API",
    version: "v2",
    previousVersions: [{ version: "v1", index: "/api/v1/index.json", frozenAt: "2026-11-23" }],
    release: { id: release.id, publishedOn: release.publishedOn },
    // Where Vietnam stands: the newest published figure (nothing newer was published) and the computed estimate for
    // the latest data year. Neither is "current" on its own; see the site's methodology page.
    latest: {
      published: today.lastPublished && { assessment: today.lastPublished.id, date: today.lastPublished.date, status: today.lastPublished.status, total: today.lastPublished.total && { points: today.lastPublished.total.points, outOf: today.lastPublished.total.outOf }, sources: today.lastPublished.sources },
      computed: today.latest && { id: today.latest.computed.id, dataYear: today.latest.computed.dataYear, total: today.latest.computed.total, outOf: today.latest.computed.applicable.max, threshold: today.latest.computed.threshold.max, eligibility: today.latest.computed.eligibility, rangeBecause: today.latest.computed.rangeBecause },
    },
    licence: site.licence,
    origin: site.origin,
    datasets: apiDatasets,
    charts: locales.flatMap((locale) => chartDefinitions.map((chart) => ({ chart: chart.id, locale, csv: exportPaths.chartFile(locale, chart.id, "csv"), json: exportPaths.chartFile(locale, chart.id, "json"), embed: exportPaths.embed(locale, chart.id), oembed: exportPaths.oembed(locale, chart.id) }))),
    releases: frozenReleaseIds(),
  }),
);

// 3. Open Graph images: one per og:image the pages reference (pageMetadata gives every page its own).
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === "index.html" ? [path] : [];
  });
const meta = (html: string, property: string) => {
  const value = new RegExp(`<meta[^>]*property="${property}"[^>]*content="([^"]*)"`).exec(html)?.[1];
  return value === undefined ? undefined : decodeXmlText(value);
};
// A card whose text would leave the image (or run into other text) stops the build: every share would show it.
const failOnLayoutProblems = (path: string, runs: ReadonlyArray<OgTextRun>) => {
  const problems = ogLayoutProblems(runs);
  if (!problems.length) return;
  console.error(`build-exports: ${path}: ${problems.join("; ")}`);
  process.exit(1);
};
const drawn = new Set<string>();
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, "utf8");
  const image = meta(html, "og:image");
  if (!image) continue;
  const path = image.startsWith(site.origin) ? image.slice(site.origin.length) : new URL(image, site.origin).pathname;
  if (drawn.has(path) || !path.startsWith("/og/")) continue;
  const locale = (locales as ReadonlyArray<string>).includes(path.split("/")[2]) ? (path.split("/")[2] as Locale) : "vi";
  const t = translators[locale];
  // A scenario page's card (the simulator, a named scenario, a combination of reforms) shows the scenario's result,
  // labelled as a what-if, drawn by lib/export/scenario-og.ts; every other page shows the score.
  const scenarioCard = scenarioCardContent(dataset, locale, templateSay(pathTemplates(loadMessages(locale))), `/${relative(out, file).split("/").slice(1, -1).join("/")}/`);
  if (scenarioCard) {
    const input = { ...scenarioCard, siteName: t("site.name"), host: new URL(site.origin).host, colours };
    failOnLayoutProblems(path, scenarioCardTextLayout(input));
    write(path, toPng(scenarioCardSvg(input), 1));
    drawn.add(path);
    count(`og image (${relative(out, file).split("/")[0]}, scenario)`);
    continue;
  }
  const card: OgCardInput = { siteName: t("site.name"), title: meta(html, "og:title") ?? t("site.name"), ...todayCardContent(dataset, locale, t), host: new URL(site.origin).host, colours };
  failOnLayoutProblems(path, ogCardLayout(card));
  write(path, toPng(ogCardSvg(card), 1));
  drawn.add(path);
  count(`og image (${relative(out, file).split("/")[0]})`);
}

console.log(`build-exports: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
