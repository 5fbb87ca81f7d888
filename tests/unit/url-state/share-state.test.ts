import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseShareState, shareQuery } from "@/lib/url-state/share-state";
import { dashboardShareCases } from "../../fixtures/share-urls";

const context = { charts: ["score-history", "criteria"], years: { "score-history": [2015, 2016, 2017], criteria: [] }, scenarios: [] };

describe("share links", () => {
  const cases = dashboardShareCases({ scoreHistory: 2016, outdated: 2031 });
  it("has a table of at least 15 links", () => expect(cases.length).toBeGreaterThanOrEqual(15));
  for (const item of cases) {
    it(`${item.name}: ${item.query.slice(0, 60) || "(none)"}`, () => {
      const parsed = parseShareState(item.query, context);
      expect(parsed.state.chart).toBe(item.chart);
      expect(parsed.state.year).toBe(item.year);
      expect(parsed.adjusted.map((a) => `${a.key}:${a.reason}`)).toEqual(item.adjusted);
    });
  }
  it("never throws and always yields a valid state, whatever the query", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("chart", "year", "scenario", "x"), fc.string({ unit: "grapheme" }))), (pairs) => {
        const params = new URLSearchParams(pairs);
        const { state } = parseShareState(params, context);
        expect(state.chart === undefined || context.charts.includes(state.chart)).toBe(true);
        expect(state.year === undefined || context.years["score-history"].includes(state.year)).toBe(true);
      }),
    );
  });
  it("writes every set key in a fixed order and reads it back", () => {
    const query = shareQuery({ chart: "score-history", year: 2016 });
    expect(query).toBe("?chart=score-history&year=2016");
    expect(parseShareState(query, context)).toEqual({ state: { chart: "score-history", year: 2016 }, adjusted: [] });
  });
});
