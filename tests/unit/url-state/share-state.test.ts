import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { urlStateLimit } from "@/config/request-limits.mjs";
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

describe("share links: the URL-state limit (config/request-limits.mjs)", () => {
  // "lang" is read by no parser and reported by none: padding that leaves a valid link valid.
  const padded = (length: number) => {
    const link = "?chart=score-history&year=2016&lang=";
    return link + "x".repeat(length - (link.length - 1));
  };
  it("reads a link of limit − 1 and of exactly limit characters", () => {
    for (const length of [urlStateLimit - 1, urlStateLimit]) expect(parseShareState(padded(length), context)).toEqual({ state: { chart: "score-history", year: 2016 }, adjusted: [] });
  });
  it("shows the default view and says why from limit + 1 on, from a string or from URLSearchParams", () => {
    for (const length of [urlStateLimit + 1, 16 * 1024, 64 * 1024]) {
      const expected = { state: {}, adjusted: [{ key: "unknown", reason: "too-long", value: String(length) }] };
      expect(parseShareState(padded(length), context)).toEqual(expected);
      expect(parseShareState(new URLSearchParams(padded(length).slice(1)), context)).toEqual(expected);
    }
  });
});
