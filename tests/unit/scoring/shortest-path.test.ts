import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { applyReforms } from "@/lib/scoring/apply-reforms";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { shortestPath } from "@/lib/scoring/shortest-path";
import { criterionIds } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";
import { makeAssessment, makeReform } from "../fixtures";

const data = loadDataset();
const label = { vi: "kịch bản", en: "scenario" };
const endOf2017 = data.assessments.find((a) => a.id === "vn-2017-end")!;
const rule = ruleVersionAt(data.rules, endOf2017.date);

describe("shortestPath on Vietnam's data", () => {
  it("takes end-2017 to the bar with the two fiscal-transparency reforms (both confirmed and done)", () => {
    const path = shortestPath(endOf2017, data.reforms, { id: "s", label, rule })!;
    expect(path.reforms.map((r) => r.id).sort()).toEqual(["publish-audit-report", "publish-budget-proposal"]);
    expect(path.scenario.score).toMatchObject({ total: 12, eligibility: "eligible" });
    expect(path.scenario.assessment.status).toBe("scenario");
  });
  it("is what the named scenario page shows", () => {
    const named = data.scenarios.find((s) => s.selection.kind === "shortest-path")!;
    const resolved = resolveNamedScenario(named, data);
    expect(resolved.scenario.score.eligibility).toBe("eligible");
    expect(resolved.unreachable).toBe(false);
  });
  it("gives the named projection as a range, 6 to 10, because 2015 has no split", () => {
    const named = data.scenarios.find((s) => s.base === "vn-2015")!;
    expect(resolveNamedScenario(named, data).scenario.score).toMatchObject({ total: null, range: { min: 6, max: 10 } });
  });
});

describe("shortestPath rules", () => {
  it("needs no reform when the start already reaches the bar", () => {
    const path = shortestPath(makeAssessment([4, 4, 4, 0], 12), [makeReform("a", "citizenEngagement", 2)], { id: "s", label })!;
    expect(path.reforms).toEqual([]);
  });
  it("returns null when nothing reaches the bar", () => {
    expect(shortestPath(makeAssessment([0, 0, 0, 0], 0), [makeReform("a", "fiscalTransparency", 2)], { id: "s", label })).toBeNull();
  });
  it("prefers confirmed points over an equally short set with unconfirmed ones", () => {
    const unconfirmed: Reform = { ...makeReform("a-unconfirmed", "citizenEngagement", 2), pointsConfirmed: false };
    const confirmed = makeReform("z-confirmed", "assetDisclosure", 2);
    const path = shortestPath(makeAssessment([4, 4, 2, 0], 10), [unconfirmed, confirmed], { id: "s", label })!;
    expect(path.reforms.map((r) => r.id)).toEqual(["z-confirmed"]);
  });
  it("prefers fewer reforms over confirmed ones, and names ties", () => {
    const big: Reform = { ...makeReform("big", "citizenEngagement", 4), pointsConfirmed: false };
    const path = shortestPath(makeAssessment([4, 4, 0, 0], 8), [big, makeReform("s1", "assetDisclosure", 2), makeReform("s2", "assetDisclosure", 2)], { id: "s", label })!;
    expect(path.reforms.map((r) => r.id)).toEqual(["big"]);
    const tied = shortestPath(makeAssessment([4, 4, 2, 0], 10), [makeReform("p", "assetDisclosure", 2), makeReform("q", "citizenEngagement", 2)], { id: "s", label })!;
    expect(tied.reforms.map((r) => r.id)).toEqual(["p"]);
    expect(tied.ties.map((set) => set.map((r) => r.id))).toEqual([["q"]]);
  });
  const reformArb = fc
    .record({ id: fc.stringMatching(/^[a-z]{1,4}$/), criterion: fc.constantFrom(...criterionIds), points: fc.integer({ min: 1, max: 4 }), effect: fc.constantFrom<Reform["effect"]>("add", "raise-to"), confirmed: fc.boolean() })
    .map(({ id, criterion, points, effect, confirmed }): Reform => ({ ...makeReform(id, criterion, points, effect), pointsConfirmed: confirmed }));
  it("finds a set that reaches the bar, and no smaller set does (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }), fc.uniqueArray(reformArb, { selector: (r) => r.id, maxLength: 6 }), (points, reforms) => {
        const base = makeAssessment(points, points.reduce((a, b) => a + b, 0));
        const path = shortestPath(base, reforms, { id: "s", label });
        const all = applyReforms(base, reforms, { id: "s", label });
        if (path === null) {
          expect(all.score.eligibility).not.toBe("eligible");
          return;
        }
        expect(path.scenario.score.eligibility).toBe("eligible");
        const size = path.reforms.length;
        // no set one smaller reaches: check every set of size - 1 by leaving one reform of every other combination out
        const smaller = (items: Reform[], k: number): Reform[][] => (k === 0 ? [[]] : items.flatMap((item, i) => smaller(items.slice(i + 1), k - 1).map((rest) => [item, ...rest])));
        if (size > 0) for (const subset of smaller(reforms, size - 1)) expect(applyReforms(base, subset, { id: "s", label }).score.eligibility).not.toBe("eligible");
      }),
      { numRuns: 60 },
    );
  });
});

describe("the simulator's arithmetic over Vietnam's data (properties)", () => {
  const bases = data.assessments.filter((a) => a.status !== "projection");
  it("any set of reforms, from any base, gives a valid score no higher than the applicable points", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.subarray(data.reforms), (base, reforms) => {
        const { score, assessment } = applyReforms(base, reforms, { id: "p", label, rule: ruleVersionAt(data.rules, base.date) });
        expect(assessment.status).toBe("scenario");
        expect(score.range.min).toBeGreaterThanOrEqual(0);
        expect(score.range.min).toBeLessThanOrEqual(score.range.max);
        expect(score.range.max).toBeLessThanOrEqual(score.applicablePoints);
        for (const criterion of criterionIds) {
          const points = assessment.criteria[criterion].points;
          if (points !== null) expect(points).toBeLessThanOrEqual(4);
        }
      }),
    );
  });
  it("the order of the reforms does not matter", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.subarray(data.reforms), fc.integer(), (base, reforms, seed) => {
        const shuffled = [...reforms].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7) || b.id.localeCompare(a.id));
        const r = ruleVersionAt(data.rules, base.date);
        expect(applyReforms(base, shuffled, { id: "p", label, rule: r }).score).toEqual(applyReforms(base, reforms, { id: "p", label, rule: r }).score);
      }),
    );
  });
});
