import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { frozenReleaseIds, loadDataset, loadRelease } from "@/lib/data/read-dataset";
import { chartData, chartDefinitions, chartIds } from "@/lib/export/chart-registry";
import type { Translate } from "@/lib/charts/describe/common";
import { citationBibtex, citationText } from "@/lib/export/citation";
import { embedSnippet, iframeSnippet, oembedResponse } from "@/lib/export/embed-snippet";
import { ogImagePath, ogImageSlug } from "@/lib/export/export-paths";
import { ogCardSvg } from "@/lib/export/og-card";
import { lightModeColours, resolveCssVariables, wrapText } from "@/lib/export/standalone-svg";
import { locales } from "@/lib/schemas/common";

const dataset = loadDataset();
const translate = (locale: "vi" | "en"): Translate => {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key, values) => t(key as never, values as never);
};

describe("chart registry", () => {
  it("lists every current figure once", () => {
    expect(new Set(chartIds).size).toBe(chartIds.length);
    expect(chartIds).toEqual(expect.arrayContaining(["score-history", "criteria", "open-budget-survey", "rti-rating", "eiu-democracy-index", "history-fiscalTransparency", "history-accessToInformation", "history-assetDisclosure", "history-citizenEngagement", "compare-obs", "compare-eligibility"]));
  });
  for (const locale of locales) {
    for (const chart of chartDefinitions) {
      it(`${locale} ${chart.id}: a title, one CSV row per mark as wide as the columns, ISO dates, sources`, () => {
        const data = chartData(chart, { dataset, locale, t: translate(locale) });
        expect(data.title.trim()).not.toBe("");
        expect(data.rows.length).toBe(data.description.marks.length);
        expect(data.rows.length).toBeGreaterThan(0);
        for (const row of data.rows) expect(row.length).toBe(data.columns.length);
        const column = (name: string) => data.columns.indexOf(name);
        for (const row of data.rows) {
          const date = row[column("date")];
          if (date !== null) expect(String(date)).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          const [min, max, value] = [row[column("min")], row[column("max")], row[column("value")]];
          if (row[column("status")] === "nodata") expect([min, max, value]).toEqual([null, null, null]);
          else expect(Number(min)).toBeLessThanOrEqual(Number(max));
          if (value !== null) expect([min, max]).toEqual([value, value]);
        }
        expect(data.table.rows.length).toBe(data.rows.length);
        expect(data.sources.length).toBeGreaterThan(0);
        expect(data.release).toBe(dataset.release.id);
      });
    }
  }
});

describe("frozen releases", () => {
  it("holds the current release, and every frozen release validates like data/", () => {
    expect(frozenReleaseIds()).toContain(dataset.release.id);
    for (const id of frozenReleaseIds()) expect(loadRelease(id).release.id).toBe(id);
  });
});

describe("exports", () => {
  it("makes an iframe snippet with title, lazy loading and full width, and an oEmbed rich response", () => {
    const snippet = iframeSnippet({ src: "https://x.org/vi/embed/a/", title: 'A "quoted" <title>', height: 600 });
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="100%"');
    const oembed = oembedResponse({ src: "https://x.org/vi/embed/a/", title: "T", height: 600, provider: "P", origin: "https://x.org" });
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", height: 600, provider_name: "P" });
  });
  it("names one OG image per page and locale", () => {
    expect(ogImageSlug("/")).toBe("home");
    expect(ogImagePath("en", "/criteria/asset-disclosure/")).toBe("/og/en/criteria-asset-disclosure.png");
  });
  it("resolves CSS variables to light colours for files outside the site", () => {
    const colours = lightModeColours(":root { --ink: #111; --paper: #fff; --muted: #555; }\n@media (prefers-color-scheme: dark) { :root { --ink: #eee; } }");
    expect(colours).toEqual({ ink: "#111", paper: "#fff", muted: "#555" });
    expect(resolveCssVariables("fill:var(--ink)", colours)).toBe("fill:#111");
    expect(resolveCssVariables("fill:var(--unknown)", colours)).toBe("fill:var(--unknown)");
    expect(wrapText("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
  it("offers a snippet with no allow list (no host-page warning) and the resizer on by default", () => {
    const snippet = embedSnippet({ src: "https://x.org/vi/embed/a/", title: "T", height: 700, resizer: "https://x.org/embed/resize.js" });
    expect(snippet).not.toContain("allow=");
    expect(snippet).toContain('<script src="https://x.org/embed/resize.js" async></script>');
    expect(snippet).toContain('height="700"');
  });
  it("draws the OG card at 1200×630 with the score", () => {
    const svg = ogCardSvg({ siteName: "S", title: "T", scoreLine: "8/16", neededLine: "12/16", score: { total: 8, outOf: 16, threshold: 12 }, footer: "f", host: "h", colours: {} });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg.match(/<rect /g)?.length).toBe(2 + 16);
    expect(svg.match(/data-cell="filled"/g)?.length).toBe(8);
    expect(svg).not.toContain('data-cell="maybe"');
  });
  it("draws a scenario's range on the OG card as 'maybe' cells in the scenario colour, not as data", () => {
    const svg = ogCardSvg({ siteName: "S", title: "T", scoreLine: "6–10/16", neededLine: "12/16", score: { total: null, range: { min: 6, max: 10 }, outOf: 16, threshold: 12, kind: "scenario" }, footer: "f", host: "h", colours: { scenario: "#6b3fa0", data: "#000001" } });
    expect(svg.match(/data-cell="filled"/g)?.length).toBe(6);
    expect(svg.match(/data-cell="maybe"/g)?.length).toBe(4);
    expect(svg.match(/data-cell="empty"/g)?.length).toBe(6);
    expect(svg).toContain('fill="#6b3fa0"');
    expect(svg).not.toContain("#000001");
  });
  it("cites the release in text and BibTeX", () => {
    const input = { locale: "en" as const, author: "A", title: "T, release 2026-01-01", year: "2026", url: "https://x.org/en/", releaseId: "2026-01-01", accessed: "accessed 1 May 2026", accessedIso: "2026-05-01" };
    expect(citationText(input)).toBe("A (2026). T, release 2026-01-01. https://x.org/en/ (accessed 1 May 2026).");
    expect(citationBibtex(input)).toContain("@misc{ogp-scorecard-2026-01-01-en,");
    expect(citationBibtex(input)).toContain("urldate = {2026-05-01}");
  });
});
