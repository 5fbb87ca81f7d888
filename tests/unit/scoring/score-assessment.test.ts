import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { applicablePoints, judgeRange, passRuleOf, possibleCompletions, scoreAssessment, thresholdPoints } from "@/lib/scoring/score-assessment";
import { joiningStatus } from "@/lib/scoring/joining-status";
import { assessmentHistory, latestAssessment, latestWithCriteria, projections } from "@/lib/scoring/select-assessments";
import { makeAssessment } from "../fixtures";

const rules = loadDataset().rules;
const rule2017 = rules.find((rule) => rule.id === "2017")!;

describe("applicable points and the pass mark", () => {
  it("gives 16 points for four measured criteria and 12 for three", () => {
    expect(applicablePoints(4)).toBe(16);
    expect(applicablePoints(3)).toBe(12);
  });
  it("puts the 75 % bar at 12 of 16 and 9 of 12", () => {
    expect(thresholdPoints(16)).toBe(12);
    expect(thresholdPoints(12)).toBe(9);
    expect(thresholdPoints(16, 50)).toBe(8);
  });
  it("rounds a fractional bar up: 75 % of 8 is 6, 60 % of 12 is 8 (7.2 → 8)", () => {
    expect(thresholdPoints(8)).toBe(6);
    expect(thresholdPoints(12, 60)).toBe(8);
  });
});

describe("scoreAssessment", () => {
  it("calls exactly 12/16 eligible, with no gap", () => {
    const score = scoreAssessment(makeAssessment([4, 4, 2, 2]));
    expect(score).toMatchObject({ total: 12, applicablePoints: 16, thresholdPoints: 12, eligibility: "eligible", gap: 0, percent: 75 });
  });
  it("calls 11/16 below the bar, 1 point short", () => {
    expect(scoreAssessment(makeAssessment([4, 4, 2, 1]))).toMatchObject({ total: 11, eligibility: "below-threshold", gap: 1 });
  });
  it("scores three measured criteria out of 12: 9/12 is eligible, 8/12 is not", () => {
    expect(scoreAssessment(makeAssessment(["x", 4, 2, 3]))).toMatchObject({ total: 9, applicablePoints: 12, thresholdPoints: 9, eligibility: "eligible", percent: 75 });
    expect(scoreAssessment(makeAssessment(["x", 4, 2, 2]))).toMatchObject({ total: 8, eligibility: "below-threshold", gap: 1 });
  });
  it("says 'not enough data' when only two criteria are measured, with no percentage, even at full marks", () => {
    expect(scoreAssessment(makeAssessment(["x", "x", 4, 4]))).toMatchObject({ eligibility: "not-enough-data", percent: null, gap: null, applicablePoints: 8 });
    expect(scoreAssessment(makeAssessment(["x", "x", "x", 4]))).toMatchObject({ eligibility: "not-enough-data" });
  });
  it("uses a reported total when the split is unknown (Vietnam 2015: 6/16)", () => {
    expect(scoreAssessment(makeAssessment([null, null, null, null], 6))).toMatchObject({ total: 6, range: { min: 6, max: 6 }, gap: 6, eligibility: "below-threshold" });
  });
  it("gives a range, not a guess, when criteria and total are unknown (FT 0, ATI 4, rest unknown)", () => {
    const score = scoreAssessment(makeAssessment([0, 4, null, null]), rule2017);
    // Asset disclosure can be 0, 2 or 4 under the 2014+ rule; citizen engagement 0–4.
    expect(score).toMatchObject({ total: null, range: { min: 4, max: 12 }, percent: null, gap: null, eligibility: "unknown" });
  });
  it("is below the bar for sure when even the best case misses it", () => {
    expect(scoreAssessment(makeAssessment([0, 1, null, 0]))).toMatchObject({ range: { min: 1, max: 5 }, eligibility: "below-threshold" });
  });
  it("is eligible for sure when even the worst case meets it", () => {
    expect(scoreAssessment(makeAssessment([4, 4, 4, null]))).toMatchObject({ range: { min: 12, max: 16 }, eligibility: "eligible" });
  });
  it("only completes unknown criteria with values the rule allows and that match the total", () => {
    const completions = possibleCompletions(makeAssessment([0, 4, null, null], 8), rule2017);
    expect(completions).toEqual(expect.arrayContaining([{ assetDisclosure: 2, citizenEngagement: 2 }, { assetDisclosure: 4, citizenEngagement: 0 }, { assetDisclosure: 0, citizenEngagement: 4 }]));
    expect(completions).toHaveLength(3);
  });
  it("takes the pass mark and the minimum number of criteria from the rule version", () => {
    expect(passRuleOf(rule2017)).toEqual({ passMarkPercent: 75, minimumCriteriaMeasured: 3 });
    expect(judgeRange({ min: 10, max: 10 }, 4, { passMarkPercent: 60, minimumCriteriaMeasured: 3 })).toMatchObject({ thresholdPoints: 10, eligibility: "eligible" });
  });
});

describe("rule version in force", () => {
  it("picks the latest version whose start is on or before the date", () => {
    expect(ruleVersionAt(rules, "2015")?.id).toBe("2014");
    expect(ruleVersionAt(rules, "2017-09-19")?.id).toBe("2014");
    expect(ruleVersionAt(rules, "2017-09-20")?.id).toBe("2017");
    expect(ruleVersionAt(rules, "2019-02-21")?.id).toBe("2017");
    expect(ruleVersionAt(rules, "2024")?.id).toBe("2023");
  });
  it("finds none before OGP's first rules", () => {
    expect(ruleVersionAt(rules, "2010")).toBeUndefined();
  });
});

describe("the Values Check stays separate from the score", () => {
  it("never turns a met score into 'can join' while the Values Check is unknown or failed", () => {
    expect(joiningStatus("eligible", "unknown")).toBe("score-met-values-check-unknown");
    expect(joiningStatus("eligible", "fail")).toBe("blocked-by-values-check");
    expect(joiningStatus("eligible", "pass")).toBe("can-join");
    expect(joiningStatus("eligible", "not-applicable")).toBe("can-join");
  });
  it("says the score is not met, whatever the Values Check, below the bar or without enough data", () => {
    expect(joiningStatus("below-threshold", "pass")).toBe("score-not-met");
    expect(joiningStatus("not-enough-data", "pass")).toBe("score-not-met");
    expect(joiningStatus("unknown", "pass")).toBe("unknown");
  });
});

describe("Vietnam's data as encoded", () => {
  const { assessments } = loadDataset();
  it("keeps projections out of the history and picks the newest observation as the latest", () => {
    expect(assessmentHistory(assessments).some((a) => a.status === "projection")).toBe(false);
    expect(latestAssessment(assessments)?.id).toBe("vn-2019-02");
    expect(projections(assessments).map((a) => a.id)).toEqual(["vn-projection-10"]);
  });
  it("has no published assessment with a full per-criterion split: the per-criterion view comes from the computed estimate", () => {
    expect(latestWithCriteria(assessments)).toBeUndefined();
  });
  it("scores every Vietnamese assessment below the bar, and the projection at 10 of 16", () => {
    for (const assessment of assessments) {
      const score = scoreAssessment(assessment, ruleVersionAt(rules, assessment.date));
      expect(score.eligibility === "below-threshold" || score.eligibility === "unknown").toBe(true);
    }
    const projection = assessments.find((a) => a.id === "vn-projection-10")!;
    expect(scoreAssessment(projection)).toMatchObject({ total: 10, gap: 2 });
  });
});
