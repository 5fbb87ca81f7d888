import type { Assessment, CriterionScore } from "@/lib/schemas/assessment";
import { criterionIds, type CriterionId } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";

/** A criterion score as a test wants it: a number is a reported value, null is unknown, "x" is not measured. */
export type CriterionInput = number | null | "x";

const toScore = (value: CriterionInput): CriterionScore =>
  value === "x" ? { points: null, basis: "not-measured", sources: ["s"] } : value === null ? { points: null, basis: "unknown", sources: [] } : { points: value, basis: "reported", sources: ["s"] };

export const makeAssessment = (values: CriterionInput[], total?: number | null, overrides: Partial<Assessment> = {}): Assessment => {
  const criteria = Object.fromEntries(criterionIds.map((id, index) => [id, toScore(values[index] ?? null)])) as Record<CriterionId, CriterionScore>;
  const measured = values.filter((value) => value !== "x").length;
  return {
    id: "test",
    label: { vi: "thử", en: "test" },
    date: "2018",
    status: "reported",
    attribution: { vi: "thử", en: "test" },
    summary: { vi: "thử", en: "test" },
    criteria,
    total: total === undefined || total === null ? null : { points: total, outOf: (measured * 4) as 16, basis: "reported", sources: ["s"] },
    valuesCheck: { result: "unknown", note: { vi: "thử", en: "test" }, sources: [] },
    sources: ["s"],
    ...overrides,
  };
};

export const makeReform = (id: string, criterion: CriterionId, points: number, effect: Reform["effect"] = "add"): Reform => ({
  id,
  criterion,
  title: { vi: id, en: id },
  change: { vi: id, en: id },
  effect,
  points,
  pointsConfirmed: true,
  rule: { vi: "r", en: "r" },
  ruleSources: ["s"],
  progress: "not-started",
  progressNote: { vi: "n", en: "n" },
  progressSources: ["s"],
});
