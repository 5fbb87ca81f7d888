import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { applyReforms, pointsAfterReforms } from "@/lib/scoring/apply-reforms";
import { criterionPossibilities, reformReach, reformsThatAdd } from "@/lib/scoring/reform-reach";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import { criterionIds } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";
import { makeAssessment, makeReform, type CriterionInput } from "../fixtures";

const data = loadDataset();
const setup = simulatorSetup(data);
const start = setup.bases.find((base) => base.assessment.id === setup.defaultBase)!;
const rule = start.rule ?? undefined;
const label = { vi: "kịch bản", en: "scenario" };

describe("reformReach from the default start (the computed estimate for the latest data year)", () => {
  // Expectations read the start's own points, so they follow the data.
  const pointsOf = (reform: Reform) => start.assessment.criteria[reform.criterion];

  it("shows a reform whose criterion already has every point it could give as reached, with those points", () => {
    for (const reform of setup.reforms) {
      const reach = reformReach(start.assessment, reform, rule);
      if (reach.kind !== "reached") continue;
      const known = pointsOf(reform).points;
      if (known !== null) expect(reach.points).toEqual({ min: known, max: known });
      expect(applyReforms(start.assessment, [reform], { id: "s", label, rule }).score.range).toEqual(applyReforms(start.assessment, [], { id: "s", label, rule }).score.range);
    }
  });
  it("matches, for every reform, the points each possible start value would gain (the law: 4/4 already; the budget documents: 0–2)", () => {
    for (const reform of setup.reforms) {
      const score = pointsOf(reform);
      const values = score.points !== null ? [score.points] : (score.possible ?? []);
      expect(values.length, reform.id).toBeGreaterThan(0);
      const gains = values.map((value) => pointsAfterReforms(value, [reform]) - value);
      const expected = Math.max(...gains) > 0 ? { kind: "adds", gain: { min: Math.min(...gains), max: Math.max(...gains) } } : { kind: "reached", points: { min: Math.min(...values), max: Math.max(...values) } };
      expect(reformReach(start.assessment, reform, rule), reform.id).toEqual(expected);
    }
    // The two cases the issue names, as the data has them today.
    expect(reformReach(start.assessment, setup.reforms.find((reform) => reform.id === "access-to-information-law")!, rule)).toEqual({ kind: "reached", points: { min: 4, max: 4 } });
    expect(reformReach(start.assessment, setup.reforms.find((reform) => reform.id === "publish-budget-proposal")!, rule)).toEqual({ kind: "adds", gain: { min: 0, max: 2 } });
  });
  it("lets the same law add points from 2015, when Vietnam had no access-to-information law", () => {
    const base2015 = setup.bases.find((base) => base.assessment.id === "vn-2015")!;
    const law = setup.reforms.find((reform) => reform.id === "access-to-information-law")!;
    expect(reformReach(base2015.assessment, law, base2015.rule ?? undefined).kind).toBe("adds");
  });
  it("lists only the reforms that add, in the order given", () => {
    const adding = reformsThatAdd(start.assessment, setup.reforms, rule);
    expect(adding.map((reform) => reform.id)).toEqual(setup.reforms.filter((reform) => reformReach(start.assessment, reform, rule).kind === "adds").map((reform) => reform.id));
  });
});

describe("reformReach on made-up assessments", () => {
  it("gives a range where the criterion's start is unknown, and a reached range where every start value is at or above a floor", () => {
    const unknown = makeAssessment([null, 4, 2, 2], 10);
    expect(reformReach(unknown, makeReform("ft", "fiscalTransparency", 2), undefined)).toEqual({ kind: "adds", gain: { min: 2, max: 2 } });
    const atFloor = makeAssessment([null, 4, 2, 2]);
    const reach = reformReach({ ...atFloor, outcomes: [{ fiscalTransparency: 2, accessToInformation: 4, assetDisclosure: 2, citizenEngagement: 2 }, { fiscalTransparency: 4, accessToInformation: 4, assetDisclosure: 2, citizenEngagement: 2 }] }, makeReform("floor", "fiscalTransparency", 2, "raise-to"), undefined);
    expect(reach).toEqual({ kind: "reached", points: { min: 2, max: 4 } });
  });
  it("says a reform on a criterion OGP does not measure cannot count", () => {
    expect(reformReach(makeAssessment(["x", 4, 2, 2], 8), makeReform("ft", "fiscalTransparency", 2), undefined)).toEqual({ kind: "not-measured" });
  });

  // The simulator shows a reform that adds nothing alone as no switch at all; that is only honest if it adds nothing
  // in any combination either.
  const criterionValue: fc.Arbitrary<CriterionInput> = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(null), fc.constant<"x">("x"));
  const assessmentArb = fc.array(criterionValue, { minLength: 4, maxLength: 4 }).map((values) => makeAssessment(values));
  const reformArb = fc
    .record({ id: fc.stringMatching(/^[a-z]{1,6}$/), criterion: fc.constantFrom(...criterionIds), points: fc.integer({ min: 1, max: 4 }), effect: fc.constantFrom<Reform["effect"]>("add", "raise-to") })
    .map(({ id, criterion, points, effect }) => makeReform(id, criterion, points, effect));
  it("a reform that adds nothing alone adds nothing with any other reforms", () => {
    fc.assert(
      fc.property(assessmentArb, fc.uniqueArray(reformArb, { selector: (reform) => reform.id, maxLength: 5 }), reformArb, (assessment, others, reform) => {
        const rest = others.filter((other) => other.id !== reform.id);
        if (reformReach(assessment, reform, undefined).kind === "adds") return;
        const without = applyReforms(assessment, rest, { id: "p", label });
        const withIt = applyReforms(assessment, [...rest, reform], { id: "p", label });
        expect(withIt.score).toEqual(without.score);
        expect(withIt.assessment.criteria).toEqual(without.assessment.criteria);
      }),
    );
  });
});

describe("criterionPossibilities: a criterion known only as a set of values", () => {
  it("gives the start's values and the values after the reforms, for criteria without a single number", () => {
    const budget = setup.reforms.filter((reform) => reform.criterion === "fiscalTransparency");
    const scenario = applyReforms(start.assessment, budget, { id: "s", label, rule });
    const possible = criterionPossibilities(scenario);
    const fiscal = start.assessment.criteria.fiscalTransparency;
    expect(possible.fiscalTransparency?.start).toEqual([...(fiscal.possible ?? [])].sort((a, b) => a - b));
    expect(possible.fiscalTransparency?.scenario).toEqual([...new Set((fiscal.possible ?? []).map((value) => pointsAfterReforms(value, budget)))].sort((a, b) => a - b));
    // A criterion with a single value needs no set: the table shows the number.
    expect(possible.accessToInformation).toBeUndefined();
  });
  it("gives nothing for a published assessment whose unknown criteria carry no set of values", () => {
    expect(criterionPossibilities({ base: makeAssessment([null, 4, 2, 2]), reforms: [] })).toEqual({});
  });
});
