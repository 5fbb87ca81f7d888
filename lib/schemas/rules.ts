import { z } from "zod";
import { criterionIds, idSchema, localizedTextSchema, partialDateSchema, pointsSchema, sourceIdsSchema } from "./common";

const confirmation = z.enum(["verified", "derived", "unknown"]);

export const pointStepSchema = z.strictObject({
  points: pointsSchema,
  meaning: localizedTextSchema,
  confirmation,
  sources: z.array(idSchema),
});

export const criterionRuleSchema = z.strictObject({
  name: localizedTextSchema,
  /** What OGP measures and with which data. */
  measure: localizedTextSchema,
  /** Point values the rule can give; null where the sources do not say (then any 0–4 is accepted and flagged). */
  allowedPoints: z.array(pointsSchema).min(1).nullable(),
  ladder: z.array(pointStepSchema),
  /** What the sources leave open about this criterion, said plainly. */
  unknowns: z.array(localizedTextSchema),
  sources: sourceIdsSchema,
});

export const ruleVersionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  /** From this date on the version is in force, until the next version's date. */
  inForceFrom: partialDateSchema,
  summary: localizedTextSchema,
  changes: localizedTextSchema,
  pointsPerCriterion: z.literal(4),
  passMarkPercent: z.number().min(0).max(100),
  minimumCriteriaMeasured: z.strictObject({ value: z.number().int().min(1).max(4), confirmation, sources: z.array(idSchema) }),
  criteria: z.strictObject(Object.fromEntries(criterionIds.map((id) => [id, criterionRuleSchema])) as Record<
    (typeof criterionIds)[number],
    typeof criterionRuleSchema
  >),
  valuesCheck: z
    .strictObject({ description: localizedTextSchema, thresholdsKnown: z.boolean(), sources: sourceIdsSchema })
    .nullable(),
  eligibilityReview: z.strictObject({ description: localizedTextSchema, sources: sourceIdsSchema }).nullable(),
  sources: sourceIdsSchema,
});
export const rulesFileSchema = z.array(ruleVersionSchema).min(1);
export type RuleVersion = z.infer<typeof ruleVersionSchema>;
export type CriterionRule = z.infer<typeof criterionRuleSchema>;
