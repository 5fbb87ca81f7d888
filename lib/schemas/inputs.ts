import { z } from "zod";
import { criterionIdSchema, idSchema, localizedTextSchema, partialDateSchema, sourceIdsSchema } from "./common";

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code");

/** What the Open Budget Survey says about one of the two documents OGP scores. */
export const documentStatusSchema = z.enum(["published", "published-late", "not-published-on-time", "internal-only", "not-produced"]).nullable();

export const openBudgetSurveyRoundSchema = z.strictObject({
  country: countryCodeSchema,
  round: z.number().int().min(2006).max(2100),
  /** Open Budget Index / transparency score, 0–100; null where no source gives it. */
  transparency: z.number().min(0).max(100).nullable(),
  participation: z.number().min(0).max(100).nullable(),
  legislativeOversight: z.number().min(0).max(100).nullable(),
  auditOversight: z.number().min(0).max(100).nullable(),
  /** Combined oversight score, as reported from the 2019 round on. */
  oversight: z.number().min(0).max(100).nullable(),
  rank: z.strictObject({ position: z.number().int().min(1), of: z.number().int().min(1) }).nullable(),
  executiveBudgetProposal: documentStatusSchema,
  auditReport: documentStatusSchema,
  note: localizedTextSchema.optional(),
  sources: sourceIdsSchema,
});
export type OpenBudgetSurveyRound = z.infer<typeof openBudgetSurveyRoundSchema>;

export const democracyIndexEditionSchema = z.strictObject({
  year: z.number().int().min(2006).max(2100),
  overall: z.number().min(0).max(10),
  civilLiberties: z.number().min(0).max(10).nullable(),
  sources: sourceIdsSchema,
});
export type DemocracyIndexEdition = z.infer<typeof democracyIndexEditionSchema>;

export const rtiRatingSchema = z.strictObject({
  date: partialDateSchema,
  stage: localizedTextSchema,
  score: z.number().int().min(0).max(150),
  outOf: z.literal(150),
  rank: z.strictObject({ position: z.number().int().min(1), of: z.number().int().min(1) }).nullable(),
  note: localizedTextSchema.optional(),
  sources: sourceIdsSchema,
});
export type RtiRating = z.infer<typeof rtiRatingSchema>;

export const lawSchema = z.strictObject({
  id: idSchema,
  criterion: criterionIdSchema,
  title: localizedTextSchema,
  number: z.string().nullable(),
  adopted: partialDateSchema,
  inForce: partialDateSchema.nullable(),
  summary: localizedTextSchema,
  sources: sourceIdsSchema,
});
export type Law = z.infer<typeof lawSchema>;

export const inputsFileSchema = z.strictObject({
  openBudgetSurvey: z.array(openBudgetSurveyRoundSchema),
  democracyIndex: z.array(democracyIndexEditionSchema),
  rtiRating: z.array(rtiRatingSchema),
  laws: z.array(lawSchema),
});
export type Inputs = z.infer<typeof inputsFileSchema>;
