import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CriteriaFigure } from "@/components/charts/criteria-figure";
import { EiuFigure } from "@/components/charts/eiu-figure";
import { ObsFigure } from "@/components/charts/obs-figure";
import { PeerObsFigure } from "@/components/charts/peer-obs-figure";
import { RtiFigure } from "@/components/charts/rti-figure";
import { ScoreHistoryFigure } from "@/components/charts/score-history-figure";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import type { Locale } from "@/lib/schemas/common";
import { makeAssessment } from "../fixtures";
import { renderServer } from "./render-server";

// Figures call next-intl's server API; give them a real translator over the real messages.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace?: string }) => createTranslator({ locale, messages: loadMessages(locale), namespace }),
}));

const svgOf = (html: string) => /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
const tableOf = (html: string) => /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
const cellTexts = (table: string) => [...table.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").trim());

const { rules } = loadDataset();
beforeAll(() => expect(rules.length).toBeGreaterThan(0));

describe("figures render their fixture's values in the SVG and in the table", () => {
  it("score history: each total, the projection drawn as a projection, the bar line", async () => {
    const assessments = [
      makeAssessment([null, null, null, null], 5, { id: "a", date: "2015", label: { vi: "Lần A", en: "Round A" } }),
      makeAssessment([2, 4, 2, 1], 9, { id: "b", date: "2017-12", status: "derived", label: { vi: "Lần B", en: "Round B" } }),
      makeAssessment([null, null, null, null], 11, { id: "c", date: "2018-01-29", status: "projection", label: { vi: "Dự báo C", en: "Projection C" } }),
    ].map((assessment) => ({ ...assessment, criteria: Object.fromEntries(Object.entries(assessment.criteria).map(([k, v]) => [k, v.basis === "reported" ? { ...v, basis: "derived" as const, derivation: { vi: "d", en: "d" } } : v])) as typeof assessment.criteria }));
    const html = await renderServer(<ScoreHistoryFigure assessments={assessments} rules={rules} locale="en" />);
    const svg = svgOf(html);
    expect(svg).toMatch(/data-kind="data" data-value="5"/);
    expect(svg).toMatch(/data-kind="derived" data-value="9"/);
    expect(svg).toMatch(/data-kind="projection" data-value="11"/);
    expect(svg).toMatch(/data-threshold="12"/);
    expect(cellTexts(tableOf(html))).toEqual(expect.arrayContaining(["Round A", "5", "Round B", "9", "Projection C", "11", "Projection"]));
    expect(html).toContain("Projection C: 11/16 (projection)");
  });

  it("criteria: points out of 4, and no data drawn as no data (not 0) in both languages", async () => {
    const assessment = makeAssessment([3, null, 0, 4]);
    for (const [locale, noData] of [["en", "no data"], ["vi", "không có dữ liệu"]] as const) {
      const html = await renderServer(<CriteriaFigure assessment={assessment} locale={locale} />);
      const svg = svgOf(html);
      expect(svg).toMatch(/data-criterion="fiscalTransparency" data-kind="data" data-value="3"/);
      expect(svg).toMatch(/data-criterion="accessToInformation" data-kind="nodata" data-value=""/);
      expect(svg).toMatch(/data-criterion="assetDisclosure" data-kind="data" data-value="0"/);
      expect(svg).toContain(noData);
      const cells = cellTexts(tableOf(html));
      expect(cells).toEqual(expect.arrayContaining(["3", "0", "4", noData]));
    }
  });

  it("Open Budget Survey: each round's score and the documents' status", async () => {
    const rounds = [
      { country: "VN", round: 2013, released: "2014", transparency: 21, participation: null, legislativeOversight: null, auditOversight: null, oversight: null, rank: null, executiveBudgetProposal: "internal-only" as const, auditReport: "published-late" as const, sources: ["s"] },
      { country: "VN", round: 2016, released: "2017", transparency: 63, participation: 9, legislativeOversight: null, auditOversight: null, oversight: 70, rank: null, executiveBudgetProposal: "published" as const, auditReport: "published" as const, sources: ["s"] },
    ];
    const html = await renderServer(<ObsFigure rounds={rounds} locale="en" />);
    expect(svgOf(html)).toMatch(/data-value="21"[\s\S]*data-value="63"/);
    expect(svgOf(html)).toContain("2/2 docs");
    expect(cellTexts(tableOf(html))).toEqual(expect.arrayContaining(["2013", "21", "Internal use only", "Published late", "2016", "63", "Published", "70"]));
  });

  it("RTI Rating: each stage's score out of its maximum", async () => {
    const ratings = [{ date: "2014-05", stage: { vi: "Giai đoạn X", en: "Stage X" }, score: 42, outOf: 150 as const, rank: { position: 3, of: 9 }, sources: ["s"] }];
    const html = await renderServer(<RtiFigure ratings={ratings} locale="en" />);
    expect(svgOf(html)).toMatch(/data-value="42"/);
    expect(cellTexts(tableOf(html))).toEqual(expect.arrayContaining(["Stage X", "42", "150", "3/9"]));
  });

  it("EIU: every edition on the line, the civil-liberties point, decimals in the reader's language", async () => {
    const editions = [
      { country: "VN", year: 2010, published: null, overall: 3.5, civilLiberties: null, sources: ["s"], civilLibertiesSources: [] },
      { country: "VN", year: 2014, published: "2015-01", overall: 4.25, civilLiberties: 1.75, sources: ["s"], civilLibertiesSources: ["s"] },
    ];
    const html = await renderServer(<EiuFigure editions={editions} locale="vi" />);
    const svg = svgOf(html);
    expect(svg).toMatch(/data-year="2010" data-value="3.5"/);
    expect(svg).toMatch(/data-civil-liberties="1.75"/);
    expect(cellTexts(tableOf(html))).toEqual(expect.arrayContaining(["2014", "4,25", "1,75", "3,50"]));
  });

  it("peer Open Budget Survey: first and latest round per country, and no data for a country without rounds", async () => {
    const countries = [
      { code: "VN", name: { vi: "Việt Nam", en: "Vietnam" }, asean: true },
      { code: "LA", name: { vi: "Lào", en: "Laos" }, asean: true },
    ];
    const rounds = [
      { country: "VN", round: 2015, released: null, transparency: 12, participation: null, legislativeOversight: null, auditOversight: null, oversight: null, rank: null, executiveBudgetProposal: null, auditReport: null, sources: ["s"] },
      { country: "VN", round: 2023, released: null, transparency: 57, participation: null, legislativeOversight: null, auditOversight: null, oversight: null, rank: null, executiveBudgetProposal: null, auditReport: null, sources: ["s"] },
    ];
    const html = await renderServer(<PeerObsFigure countries={countries} rounds={rounds} locale="en" />);
    const svg = svgOf(html);
    expect(svg).toMatch(/data-round="2015" data-value="12"/);
    expect(svg).toMatch(/data-round="2023" data-value="57"/);
    expect(svg).toMatch(/data-country="LA"[\s\S]*no data/);
    const cells = cellTexts(tableOf(html));
    expect(cells).toEqual(expect.arrayContaining(["Vietnam", "12", "57", "Laos", "no data"]));
  });
});
