import { z } from "zod";
import { criterionIds, idSchema, pointsSchema } from "./common";
import { countryCodeSchema, documentStatusSchema } from "./inputs";

// The eligibility engine's output (lib/scoring/computed-assessments.ts): computed, never written in data/. Its
// types come from these schemas, and /api/v2/computed.json is published with the JSON Schema generated from them.

export const missingInputs = [
  "obs-round",
  "obs-document-status",
  "eiu-edition",
  "eiu-score",
  "edition-timing",
  "ati-facts",
  "asset-facts",
  "asset-access",
  "ati-explicitness",
  "asset-scale",
] as const;
export const missingInputSchema = z.enum(missingInputs);
export type MissingInput = z.infer<typeof missingInputSchema>;

const sourceListSchema = z.array(idSchema);

/** Which input a criterion's points came from, so a page can show "inputs → points" with sources. */
export const inputEvidenceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("eiu-not-covered"), sources: sourceListSchema }),
  z.strictObject({ kind: z.literal("obs-not-surveyed"), throughRound: z.number().int(), sources: sourceListSchema }),
  z.strictObject({ kind: z.literal("obs-round"), round: z.number().int(), executiveBudgetProposal: documentStatusSchema, auditReport: documentStatusSchema, sources: sourceListSchema }),
  z.strictObject({ kind: z.literal("eiu-edition"), year: z.number().int(), civilLiberties: z.number().nullable(), sources: sourceListSchema }),
  z.strictObject({ kind: z.literal("law"), id: idSchema, sources: sourceListSchema }),
  z.strictObject({ kind: z.literal("missing"), what: missingInputSchema }),
]);
export type InputEvidence = z.infer<typeof inputEvidenceSchema>;

const rangeSchema = z.strictObject({ min: z.number().int().min(0).max(16), max: z.number().int().min(0).max(16) });

export const computedCriterionSchema = z.strictObject({
  /** Every value the surviving readings and the inputs allow; null = not measured. */
  possible: z.array(pointsSchema.nullable()).min(1),
  /** The inputs behind the points (survey rounds, index editions, laws), once each. */
  evidence: z.array(inputEvidenceSchema),
  /** Open questions (ids in rules.json) whose surviving readings give this criterion different points. */
  openQuestions: z.array(idSchema),
  /** Inputs our sources lack that widen this criterion's points. */
  missingInputs: z.array(missingInputSchema),
});
export type ComputedCriterion = z.infer<typeof computedCriterionSchema>;

const outcomeSchema = z.strictObject(Object.fromEntries(criterionIds.map((id) => [id, pointsSchema.nullable()])) as Record<(typeof criterionIds)[number], z.ZodNullable<typeof pointsSchema>>);

export const computedYearSchema = z.strictObject({
  id: z.string().regex(/^computed-[a-z]{2}-\d{4}$/),
  country: countryCodeSchema,
  /** The OGP data year: the scores OGP updates in the first half of that year. */
  dataYear: z.number().int().min(2011).max(2100),
  /** The rule version (id in rules.json) that scored the year. */
  ruleVersion: idSchema,
  criteria: z.strictObject(Object.fromEntries(criterionIds.map((id) => [id, computedCriterionSchema])) as Record<(typeof criterionIds)[number], typeof computedCriterionSchema>),
  /** Every joint outcome the surviving readings allow. */
  outcomes: z.array(outcomeSchema).min(1),
  total: rangeSchema,
  applicable: rangeSchema,
  threshold: rangeSchema,
  eligibility: z.enum(["eligible", "below-threshold", "not-enough-data", "unknown"]),
  /** Why the total is a range, not a point: the open questions and the missing inputs that change it. */
  rangeBecause: z.strictObject({ questions: z.array(idSchema), missingInputs: z.array(missingInputSchema) }),
  combinations: z.strictObject({ surviving: z.number().int().min(0), total: z.number().int().min(0) }),
  /** No combination of readings reproduces every published figure: every combination is kept. */
  conflict: z.boolean(),
});
export type ComputedYear = z.infer<typeof computedYearSchema>;

const verdictSchema = z.enum(["reproduces", "consistent", "contradicts"]);

/** /api/v2/computed.json: the computed years, the readings and the figures that tested them. */
export const computedDatasetSchema = z.strictObject({
  release: z.string(),
  country: countryCodeSchema,
  years: z.array(computedYearSchema),
  /**
   * Every country the engine scores (ASEAN members, Timor-Leste and the comparison countries), by data year, with the
   * criteria that rest on sourced inputs (a criterion outside this list is "no data", whatever its range).
   */
  countries: z.array(
    z.strictObject({
      country: countryCodeSchema,
      years: z.array(computedYearSchema.extend({ sourcedCriteria: z.array(z.enum(criterionIds)) })),
    }),
  ),
  readings: z.array(
    z.strictObject({
      question: idSchema,
      reading: idSchema,
      survives: z.boolean(),
      /** Per figure id: the best any combination with this reading does with that figure. */
      figures: z.record(z.string(), verdictSchema),
    }),
  ),
  figures: z.array(
    z.strictObject({
      id: z.string(),
      country: countryCodeSchema,
      dataYear: z.number().int(),
      total: z.number().int().nullable(),
      outOf: z.number().int().nullable(),
      criteria: z.partialRecord(z.enum(criterionIds), pointsSchema),
      /** What the figure says: a total, criterion points, or only which side of the 75 % bar the country stood. */
      kind: z.enum(["total", "criterion-points", "at-least-75", "below-75"]),
      usedAsTest: z.boolean(),
      sources: sourceListSchema,
    }),
  ),
  combinations: z.strictObject({ surviving: z.number().int(), total: z.number().int(), conflict: z.boolean() }),
});
export type ComputedDataset = z.infer<typeof computedDatasetSchema>;
