import { z } from "zod";
import { localizedTextSchema, partialDateSchema, pointsSchema, sourceIdsSchema } from "./common";
import { countryCodeSchema, openBudgetSurveyRoundSchema } from "./inputs";

export const countrySchema = z.strictObject({
  code: countryCodeSchema,
  name: localizedTextSchema,
  asean: z.boolean(),
  note: localizedTextSchema.optional(),
});

export const peerEligibilitySchema = z.strictObject({
  country: countryCodeSchema,
  date: partialDateSchema,
  fiscalTransparency: pointsSchema.nullable(),
  accessToInformation: pointsSchema.nullable(),
  assetDisclosure: pointsSchema.nullable(),
  citizenEngagement: pointsSchema.nullable(),
  total: z.number().int().min(0).max(16).nullable(),
  outOf: z.union([z.literal(16), z.literal(12)]).nullable(),
  /** Percentage as the source words it, when only that is given ("just over 62 %"). */
  percentAsReported: z.string().nullable(),
  eligible: z.boolean().nullable(),
  member: z.boolean().nullable(),
  basis: z.enum(["reported", "derived"]),
  /** The OGP data year the figure reflects, where it can be told; the eligibility engine tests its readings against it. */
  dataYear: z.number().int().min(2011).max(2100).optional(),
  note: localizedTextSchema,
  sources: sourceIdsSchema,
});
export type PeerEligibility = z.infer<typeof peerEligibilitySchema>;

export const peersFileSchema = z.strictObject({
  countries: z.array(countrySchema),
  eligibility: z.array(peerEligibilitySchema),
  openBudgetSurvey: z.array(openBudgetSurveyRoundSchema),
});
export type Peers = z.infer<typeof peersFileSchema>;
export type Country = z.infer<typeof countrySchema>;
