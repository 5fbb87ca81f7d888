import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import type { Translate } from "@/lib/charts/describe/common";
import type { ChartDescription, Mark } from "@/lib/charts/description";
import { loadDataset } from "@/lib/data/read-dataset";
import { groupSources } from "@/lib/data/source-groups";
import { chartDefinition, chartDefinitions } from "@/lib/export/chart-registry";
import { figureQuote, quotedMarks } from "@/lib/export/figure-quote";
import { scoreText } from "@/lib/format/bar-verdict";
import { formatPartialDate } from "@/lib/format/partial-date";
import { locales, type Locale } from "@/lib/schemas/common";
import { vietnamToday } from "@/lib/scoring/vietnam-today";

const dataset = loadDataset();
const translate = (locale: Locale): Translate => {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key, values) => t(key as never, values as never);
};
const quoteOf = (description: ChartDescription, locale: Locale) =>
  figureQuote({ description, locale, t: translate(locale), site: translate(locale)("site.name"), releasedOn: dataset.release.publishedOn, url: `https://example.org/${locale}/#${description.id}` });

describe("quote this figure", () => {
  for (const locale of locales) {
    for (const chart of chartDefinitions) {
      it(`${locale} ${chart.id}: one sentence with the figure, its kind, the site, the release date and the link`, () => {
        const description = chart.describe({ dataset, locale, t: translate(locale) });
        const quote = quoteOf(description, locale);
        const marks = quotedMarks(description);
        expect(marks.length).toBeGreaterThan(0);
        expect(quote).not.toBeNull();
        expect(quote).toContain(description.title);
        for (const mark of marks) {
          expect(quote).toContain(mark.valueText);
          expect(quote).toContain(translate(locale)(`quote.status.${mark.status}`));
        }
        expect(quote).toContain(translate(locale)("site.name"));
        expect(quote).toContain(formatPartialDate(dataset.release.publishedOn, locale));
        expect(quote!.endsWith(`https://example.org/${locale}/#${description.id}`)).toBe(true);
        // One sentence: no line breaks, no doubled words from the templates.
        expect(quote).not.toMatch(/\n/);
        expect(quote).not.toMatch(/(?<!\p{L})(\p{L}+)\s+\1(?!\p{L})/iu);
      });
    }
  }

  it("quotes the score history at the latest computed data year, with the bar", () => {
    const latest = vietnamToday(dataset).latest!.computed;
    for (const locale of locales) {
      const description = chartDefinition("score-history")!.describe({ dataset, locale, t: translate(locale) });
      const quote = quoteOf(description, locale)!;
      expect(quote).toContain(String(latest.dataYear));
      expect(quote).toContain(scoreText(latest.total, latest.applicable.max));
      expect(quote).toContain(description.threshold!.label.slice(1));
      expect(quote).toContain(translate(locale)("quote.status.computed"));
    }
  });

  const mark = (overrides: Partial<Mark>): Mark => ({ id: "m", series: "s", status: "reported", value: { min: 1, max: 1 }, label: null, valueText: "1/4", name: "A", date: "2020", outOf: 4, sources: [], ...overrides });
  const chart = (marks: Mark[]) => ({ ...chartDefinition("criteria")!.describe({ dataset, locale: "en", t: translate("en") }), marks });

  it("never quotes a projection, a scenario or no data, even when it is the newest mark", () => {
    const description = chart([
      mark({ id: "old", date: "2019", valueText: "8/16" }),
      mark({ id: "projection", date: "2024", status: "projection", valueText: "10/16" }),
      mark({ id: "scenario", date: "2025", status: "scenario", valueText: "12/16" }),
      mark({ id: "none", date: "2026", status: "nodata", value: null, valueText: "no data" }),
    ]);
    expect(quotedMarks(description).map((quoted) => quoted.id)).toEqual(["old"]);
    const quote = quoteOf(description, "en")!;
    expect(quote).not.toContain("10/16");
    expect(quote).not.toContain("12/16");
  });

  it("quotes the chart's subject (the emphasised rows) before anyone else, and every figure of its newest date", () => {
    const description = chart([
      mark({ id: "peer", date: "2023", name: "Indonesia", valueText: "70/100" }),
      mark({ id: "vn-old", date: "2006", name: "Vietnam", valueText: "3/100", emphasis: true }),
      mark({ id: "vn-new", date: "2023", name: "Vietnam", valueText: "51/100", emphasis: true }),
    ]);
    expect(quotedMarks(description).map((quoted) => quoted.id)).toEqual(["vn-new"]);
    const sameDay = chart([mark({ id: "a", name: "Overall", date: "2024" }), mark({ id: "b", name: "Civil liberties", date: "2024", status: "derived" })]);
    expect(quotedMarks(sameDay).map((quoted) => quoted.id)).toEqual(["a", "b"]);
    // Two kinds of figure: each says its own.
    const quote = quoteOf(sameDay, "en")!;
    expect(quote).toContain(translate("en")("quote.status.reported"));
    expect(quote).toContain(translate("en")("quote.status.derived"));
  });

  it("has nothing to quote when nothing is measured", () => {
    expect(quoteOf(chart([mark({ status: "nodata", value: null })]), "vi")).toBeNull();
  });
});

describe("sources under a chart", () => {
  it("lists primary sources first (OGP, surveys, laws, government), each group in the given order", () => {
    const sources = [
      { id: "blog", kind: "secondary" },
      { id: "law", kind: "law" },
      { id: "paper", kind: "press" },
      { id: "ogp", kind: "official" },
      { id: "gazette", kind: "government" },
      { id: "ibp", kind: "survey" },
      { id: "ogp-2", kind: "official" },
    ] as const;
    const { primary, other } = groupSources(sources);
    expect(primary.map((source) => source.id)).toEqual(["ogp", "ogp-2", "ibp", "law", "gazette"]);
    expect(other.map((source) => source.id)).toEqual(["blog", "paper"]);
  });
  it("puts the primary sources first under the score history, whose sources include press and blogs", () => {
    const ids = new Set(chartDefinition("score-history")!.describe({ dataset, locale: "vi", t: translate("vi") }).sources);
    const { primary, other } = groupSources(dataset.sources.filter((source) => ids.has(source.id)));
    expect(primary.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    const order = ["official", "survey", "law", "government"];
    const ranks = primary.map((source) => order.indexOf(source.kind));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(other.every((source) => !order.includes(source.kind))).toBe(true);
  });
});
