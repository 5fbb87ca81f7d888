import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { gapRange } from "@/lib/scoring/gap-range";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";

describe("gapRange", () => {
  it("gives the points still missing as a range when the total is a range (2015 + a law: 6–10 of a 12 bar → 2–6 short)", () => {
    expect(gapRange({ range: { min: 6, max: 10 }, thresholdPoints: 12 })).toEqual({ min: 2, max: 6 });
  });
  it("is exact for an exact total and never negative once the bar is reached", () => {
    expect(gapRange({ range: { min: 8, max: 8 }, thresholdPoints: 12 })).toEqual({ min: 4, max: 4 });
    expect(gapRange({ range: { min: 11, max: 14 }, thresholdPoints: 12 })).toEqual({ min: 0, max: 1 });
    expect(gapRange({ range: { min: 15, max: 16 }, thresholdPoints: 12 })).toEqual({ min: 0, max: 0 });
  });
});

describe("resolveNamedScenario", () => {
  const { assessments, reforms, rules, scenarios } = loadDataset();
  it("refuses a scenario whose base assessment does not exist, naming both", () => {
    const named = { ...scenarios[0], id: "broken", base: "no-such-assessment" };
    expect(() => resolveNamedScenario(named, { assessments, reforms, rules })).toThrow(/scenario broken: no assessment no-such-assessment/);
  });
});
