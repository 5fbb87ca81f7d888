import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { applyReforms, pointsAfterReforms } from "@/lib/scoring/apply-reforms";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { criterionIds } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";
import { makeAssessment, makeReform, type CriterionInput } from "../fixtures";

const { reforms: dataReforms, rules, assessments } = loadDataset();
const rule2017 = rules.find((rule) => rule.id === "2017")!;
const label = { vi: "kịch bản", en: "scenario" };

describe("pointsAfterReforms", () => {
  it("adds points and caps the criterion at 4", () => {
    expect(pointsAfterReforms(0, [{ effect: "add", points: 2 }])).toBe(2);
    expect(pointsAfterReforms(2, [{ effect: "add", points: 2 }, { effect: "add", points: 2 }])).toBe(4);
  });
  it("treats 'raise-to' as a floor: a law lifts 0 or 3 to 4 and never lowers", () => {
    expect(pointsAfterReforms(0, [{ effect: "raise-to", points: 4 }])).toBe(4);
    expect(pointsAfterReforms(3, [{ effect: "raise-to", points: 1 }])).toBe(3);
  });
});

describe("applyReforms", () => {
  const endOf2017 = assessments.find((a) => a.id === "vn-2017-end")!;
  const byId = (id: string) => dataReforms.find((reform) => reform.id === id)!;

  it("always yields a scenario, never data", () => {
    const scenario = applyReforms(endOf2017, [byId("publish-budget-proposal")], { id: "s", label, rule: rule2017 });
    expect(scenario.assessment.status).toBe("scenario");
    expect(scenario.assessment.criteria.fiscalTransparency).toMatchObject({ points: 2, basis: "scenario" });
  });
  it("takes end-2017 (8/16) to 12/16 with both fiscal-transparency reforms", () => {
    const scenario = applyReforms(endOf2017, [byId("publish-budget-proposal"), byId("publish-audit-report")], { id: "s", label, rule: rule2017 });
    expect(scenario.score).toMatchObject({ total: 12, eligibility: "eligible", gap: 0 });
    expect(scenario.gains.find((gain) => gain.criterion === "fiscalTransparency")?.gain).toEqual({ min: 4, max: 4 });
  });
  it("adds nothing for a law Vietnam already has (access to information is 4)", () => {
    const scenario = applyReforms(endOf2017, [byId("access-to-information-law")], { id: "s", label, rule: rule2017 });
    expect(scenario.score.total).toBe(8);
  });
  it("gives a range when the split is unknown: 2015's 6/16 plus a law is 6 to 10, not a flat 10", () => {
    const of2015 = assessments.find((a) => a.id === "vn-2015")!;
    const scenario = applyReforms(of2015, [byId("access-to-information-law")], { id: "s", label, rule: rules.find((r) => r.id === "2014") });
    expect(scenario.score).toMatchObject({ total: null, range: { min: 6, max: 10 }, eligibility: "below-threshold" });
    expect(scenario.assessment.total).toBeNull();
  });
  it("counts a reform chosen twice once", () => {
    const once = applyReforms(endOf2017, [byId("publish-budget-proposal")], { id: "s", label });
    const twice = applyReforms(endOf2017, [byId("publish-budget-proposal"), byId("publish-budget-proposal")], { id: "s", label });
    expect(twice.score.total).toBe(once.score.total);
  });
  it("leaves a criterion OGP does not measure unmeasured", () => {
    const scenario = applyReforms(makeAssessment(["x", 4, 2, 2], 8), [makeReform("ft", "fiscalTransparency", 2)], { id: "s", label });
    expect(scenario.score).toMatchObject({ total: 8, applicablePoints: 12 });
  });
});

// Property tests: the arithmetic holds for any assessment and any set of reforms, not just Vietnam's.
const criterionValue: fc.Arbitrary<CriterionInput> = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(null), fc.constant<"x">("x"));
const assessmentArb = fc
  .tuple(fc.array(criterionValue, { minLength: 4, maxLength: 4 }), fc.boolean())
  .map(([values, withTotal]) => {
    const known = values.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
    return makeAssessment(values, withTotal && values.every((v) => v !== null) ? known : null);
  });
const reformArb: fc.Arbitrary<Reform> = fc
  .record({ id: fc.stringMatching(/^[a-z]{1,6}$/), criterion: fc.constantFrom(...criterionIds), points: fc.integer({ min: 1, max: 4 }), effect: fc.constantFrom<Reform["effect"]>("add", "raise-to") })
  .map(({ id, criterion, points, effect }) => makeReform(id, criterion, points, effect));
const reformsArb = fc.uniqueArray(reformArb, { selector: (reform) => reform.id, maxLength: 6 });

describe("properties of scoring and reforms", () => {
  it("never scores above the applicable points, nor below 0", () => {
    fc.assert(
      fc.property(assessmentArb, reformsArb, (assessment, reforms) => {
        const { score } = applyReforms(assessment, reforms, { id: "p", label });
        expect(score.range.min).toBeGreaterThanOrEqual(0);
        expect(score.range.max).toBeLessThanOrEqual(score.applicablePoints);
      }),
    );
  });
  it("never lowers the score when a reform is added", () => {
    fc.assert(
      fc.property(assessmentArb, reformsArb, reformArb, (assessment, reforms, extra) => {
        const without = applyReforms(assessment, reforms.filter((r) => r.id !== extra.id), { id: "p", label }).score.range;
        const withExtra = applyReforms(assessment, [...reforms.filter((r) => r.id !== extra.id), extra], { id: "p", label }).score.range;
        expect(withExtra.min).toBeGreaterThanOrEqual(without.min);
        expect(withExtra.max).toBeGreaterThanOrEqual(without.max);
      }),
    );
  });
  it("does not depend on the order of the reforms", () => {
    fc.assert(
      fc.property(assessmentArb, reformsArb, (assessment, reforms) => {
        const forward = applyReforms(assessment, reforms, { id: "p", label });
        const backward = applyReforms(assessment, [...reforms].reverse(), { id: "p", label });
        expect(backward.score).toEqual(forward.score);
        expect(backward.assessment.criteria).toEqual(forward.assessment.criteria);
      }),
    );
  });
  it("keeps percentages between 0 and 100 and never gives one without an exact total", () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const score = scoreAssessment(assessment);
        if (score.percent !== null) {
          expect(score.percent).toBeGreaterThanOrEqual(0);
          expect(score.percent).toBeLessThanOrEqual(100);
          expect(score.total).not.toBeNull();
        }
      }),
    );
  });
  it("with no reforms, a scenario scores exactly like its base", () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        expect(applyReforms(assessment, [], { id: "p", label }).score).toEqual(scoreAssessment(assessment));
      }),
    );
  });
});
