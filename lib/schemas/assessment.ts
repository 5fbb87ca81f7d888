import { z } from "zod";
import { criterionIds, idSchema, localizedTextSchema, partialDateSchema, pointsSchema, proseTextSchema, sourceIdsSchema } from "./common";

/**
 * "computed" is never written in data/: the eligibility engine (lib/scoring) produces it from inputs and rules, and
 * the data check rejects it in data/assessments.json.
 */
export const assessmentStatuses = ["official", "reported", "derived", "computed", "projection", "scenario"] as const;
export const assessmentStatusSchema = z.enum(assessmentStatuses);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

/**
 * How we know a criterion's points: reported by a source, derived from sourced facts (derivation written out),
 * unknown to us (null), or not measured by OGP (null; the criterion leaves the applicable points).
 */
export const criterionBases = ["reported", "derived", "computed", "scenario", "unknown", "not-measured"] as const;

export const criterionScoreSchema = z
  .strictObject({
    points: pointsSchema.nullable(),
    basis: z.enum(criterionBases),
    derivation: proseTextSchema.optional(),
    note: proseTextSchema.optional(),
    /** For a computed criterion: every value the surviving readings and the inputs allow (points is then null unless one). */
    possible: z.array(pointsSchema).min(1).optional(),
    sources: z.array(idSchema),
  })
  .superRefine((score, ctx) => {
    const hasPoints = score.points !== null;
    const needsPoints = score.basis === "reported" || score.basis === "derived" || score.basis === "scenario" || (score.basis === "computed" && score.possible?.length === 1);
    if (hasPoints !== needsPoints) {
      ctx.addIssue({
        code: "custom",
        path: ["points"],
        message: needsPoints ? `expected points for basis "${score.basis}", found null` : `expected null for basis "${score.basis}", found ${score.points}`,
      });
    }
    if (score.basis === "derived" && !score.derivation) {
      ctx.addIssue({ code: "custom", path: ["derivation"], message: "expected the derivation written out (vi and en) for a derived value, found none" });
    }
    if (score.basis === "computed" && !score.possible) {
      ctx.addIssue({ code: "custom", path: ["possible"], message: "expected the possible points of a computed criterion, found none" });
    }
    if (score.basis !== "unknown" && score.basis !== "scenario" && score.basis !== "computed" && score.sources.length === 0) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: "expected at least one source id, found an empty list" });
    }
  });
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

export const assessmentTotalSchema = z
  .strictObject({
    points: z.number().int().min(0).max(16),
    outOf: z.union([z.literal(16), z.literal(12), z.literal(8), z.literal(4)]),
    basis: z.enum(["reported", "derived", "scenario"]),
    derivation: proseTextSchema.optional(),
    sources: z.array(idSchema),
  })
  .superRefine((total, ctx) => {
    if (total.points > total.outOf) ctx.addIssue({ code: "custom", path: ["points"], message: `expected at most ${total.outOf}, found ${total.points}` });
    if (total.basis === "derived" && !total.derivation) {
      ctx.addIssue({ code: "custom", path: ["derivation"], message: "expected the derivation written out (vi and en) for a derived total, found none" });
    }
    if (total.basis !== "scenario" && total.sources.length === 0) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: "expected at least one source id, found an empty list" });
    }
  });

export const valuesCheckSchema = z.strictObject({
  result: z.enum(["pass", "fail", "unknown", "not-applicable"]),
  note: localizedTextSchema,
  sources: z.array(idSchema),
});

export const assessmentSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  date: partialDateSchema,
  status: assessmentStatusSchema,
  /**
   * For a projection: the period it is about (a chart places it there, not at the date it was said), and how we
   * read that period from the source's words.
   */
  about: z.strictObject({ from: partialDateSchema, to: partialDateSchema, note: localizedTextSchema }).optional(),
  /**
   * The OGP data year a published figure reflects (OGP updates its data once a year): the eligibility engine tests its
   * candidate readings against it. `note` says how the year was read from the source where it is not obvious.
   */
  dataYear: z.strictObject({ year: z.number().int().min(2011).max(2100), note: localizedTextSchema.optional() }).optional(),
  /**
   * For a computed assessment: every combination of criterion points the surviving readings and the inputs allow
   * (null = not measured). Pages, the simulator and scenarios score over these, so a range never claims a
   * combination no reading gives.
   */
  outcomes: z.array(z.strictObject(Object.fromEntries(criterionIds.map((id) => [id, pointsSchema.nullable()])) as Record<(typeof criterionIds)[number], z.ZodNullable<typeof pointsSchema>>)).min(1).optional(),
  /** Who made the assessment or the forecast, in people's words. */
  attribution: localizedTextSchema,
  summary: localizedTextSchema,
  criteria: z.strictObject(Object.fromEntries(criterionIds.map((id) => [id, criterionScoreSchema])) as Record<
    (typeof criterionIds)[number],
    typeof criterionScoreSchema
  >),
  total: assessmentTotalSchema.nullable(),
  valuesCheck: valuesCheckSchema,
  sources: sourceIdsSchema,
}).superRefine((assessment, ctx) => {
  if (assessment.about && assessment.status !== "projection") {
    ctx.addIssue({ code: "custom", path: ["about"], message: `expected no "about" period (only a projection is about another period), found one on status "${assessment.status}"` });
  }
  if (assessment.about && assessment.about.to < assessment.about.from) {
    ctx.addIssue({ code: "custom", path: ["about", "to"], message: `expected a date on or after ${assessment.about.from}, found ${assessment.about.to}` });
  }
});
export const assessmentsFileSchema = z.array(assessmentSchema).min(1);
export type Assessment = z.infer<typeof assessmentSchema>;
