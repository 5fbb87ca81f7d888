import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { ChartFigure } from "@/components/export/chart-figure";
import { CriteriaFigure } from "@/components/charts/criteria-figure";
import { ScoreHistoryFigure } from "@/components/charts/score-history-figure";
import { loadMessages } from "@/i18n/load-messages";
import { widthClasses } from "@/lib/charts/width-classes";
import { loadDataset } from "@/lib/data/read-dataset";
import { chartData, chartDefinitions } from "@/lib/export/chart-registry";
import type { Locale } from "@/lib/schemas/common";
import { makeAssessment } from "../fixtures";
import { syntheticComputedYears } from "../charts/synthetic-computed";
import { renderServer } from "./render-server";

// Figures call next-intl's server API; give them a real translator over the real messages.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace?: string }) => createTranslator({ locale, messages: loadMessages(locale), namespace }),
}));

const dataset = loadDataset();
const translate = (locale: Locale) => {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};
const variants = (html: string) => [...html.matchAll(/<svg[^>]*data-width-class="(\w+)"[\s\S]*?<\/svg>/g)].map((match) => ({ widthClass: match[1], svg: match[0] }));
const marksIn = (svg: string) => [...svg.matchAll(/<g data-mark="([^"]+)" data-series="[^"]*" data-status="([^"]+)"/g)].map((match) => ({ id: match[1], status: match[2] }));
const tableOf = (html: string) => /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
const cellTexts = (table: string) => [...table.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").trim());
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);

describe("every registered chart, both languages", () => {
  for (const locale of ["vi", "en"] as const) {
    for (const chart of chartDefinitions) {
      it(`${locale} ${chart.id}: one SVG per width class, each drawing every mark of the CSV once with its status; ids unique`, async () => {
        const html = await renderServer(<ChartFigure chart={chart.id} dataset={dataset} locale={locale} />);
        const data = chartData(chart, { dataset, locale, t: translate(locale) });
        const csvMarks = data.rows.map((row) => ({ id: String(row[data.columns.indexOf("mark")]), status: String(row[data.columns.indexOf("status")]) }));
        const found = variants(html);
        expect(found.map((variant) => variant.widthClass)).toEqual(widthClasses.map((widthClass) => widthClass.id));
        for (const { svg } of found) expect(marksIn(svg).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...csvMarks].sort((a, b) => a.id.localeCompare(b.id)));
        expect(cellTexts(tableOf(html)).length).toBeGreaterThanOrEqual(data.rows.length);
        const all = ids(html);
        expect(all.length).toBe(new Set(all).size);
        // A figure's caption is its first child; nothing sits after it.
        expect(html.replace(/^<link[^>]*\/>/, "")).toMatch(/^<figure[^>]*><figcaption>/);
      });
    }
  }
});

describe("figures draw what they are given", () => {
  it("score history: a projection at the period it is about, a range as an interval, the computed series as its own marks", async () => {
    const assessments = [
      makeAssessment([null, null, null, null], 5, { id: "a", date: "2015", label: { vi: "Lần A", en: "Round A" } }),
      makeAssessment([0, 4, null, null], null, { id: "b", date: "2017-11", label: { vi: "Lần B", en: "Round B" } }),
      makeAssessment([null, null, null, null], 11, { id: "c", date: "2018-01-29", status: "projection", about: { from: "2018", to: "2019", note: { vi: "n", en: "n" } }, label: { vi: "Dự báo C", en: "Projection C" } }),
    ];
    const html = await renderServer(<ScoreHistoryFigure assessments={assessments} rules={dataset.rules} computed={syntheticComputedYears} locale="en" />);
    const svg = variants(html)[0].svg;
    expect(svg).toMatch(/data-mark="a"[^>]*data-status="reported"[^>]*data-shape="point"[^>]*data-min="5" data-max="5"/);
    expect(svg).toMatch(/data-mark="b"[^>]*data-status="reported"[^>]*data-shape="interval"[^>]*data-min="4" data-max="12"/);
    expect(svg).toMatch(/data-mark="c"[^>]*data-status="projection"[^>]*data-shape="span"/);
    expect(marksIn(svg).filter((mark) => mark.status === "computed")).toHaveLength(15);
    expect(variants(html).at(-1)!.svg).toContain(">projected 11<");
    const cells = cellTexts(tableOf(html));
    expect(cells).toEqual(expect.arrayContaining(["Round A", "5/16", "Round B", "4–12/16", "Projection C", "11/16", "Projection", "Computed"]));
    expect(cells.some((cell) => cell.startsWith("2018–2019 (stated January 29, 2018)"))).toBe(true);
  });

  it("criteria: points out of 4, no data as a marker (not 0) in both languages, zero drawn as zero", async () => {
    const assessment = makeAssessment([3, null, 0, 4]);
    for (const [locale, noData] of [["en", "no data"], ["vi", "không có dữ liệu"]] as const) {
      const html = await renderServer(<CriteriaFigure assessment={assessment} locale={locale} />);
      const svg = variants(html)[0].svg;
      expect(svg).toMatch(/data-mark="fiscalTransparency"[^>]*data-status="reported"[^>]*data-value="3"/);
      expect(svg).toMatch(/data-mark="accessToInformation"[^>]*data-status="nodata"[^>]*data-shape="nodata"/);
      expect(svg).toMatch(/data-mark="assetDisclosure"[^>]*data-status="reported"[^>]*data-value="0"/);
      expect(svg).toContain(`>${noData}<`);
      expect(cellTexts(tableOf(html))).toEqual(expect.arrayContaining(["3/4", "0/4", "4/4", noData]));
    }
  });

  it("criteria: a computed estimate draws each range as an interval", async () => {
    const html = await renderServer(
      <CriteriaFigure
        estimate={{ label: "Computed 2025", date: "2025", sources: ["s"], entries: [
          { criterion: "fiscalTransparency", value: { min: 2, max: 4 }, status: "computed", sources: ["s"] },
          { criterion: "accessToInformation", value: { min: 4, max: 4 }, status: "computed", sources: ["s"] },
          { criterion: "assetDisclosure", value: { min: 0, max: 2 }, status: "computed", sources: ["s"] },
          { criterion: "citizenEngagement", value: null, status: "nodata", sources: [] },
        ] }}
        locale="en"
      />,
    );
    const svg = variants(html)[0].svg;
    expect(svg).toMatch(/data-mark="fiscalTransparency"[^>]*data-status="computed"[^>]*data-shape="interval"/);
    expect(svg).toMatch(/data-mark="accessToInformation"[^>]*data-status="computed"[^>]*data-shape="bar"/);
    expect(html).toContain('data-legend="computed-interval"');
    expect(html).toContain("Computed (range)");
  });
});
