import { z } from "zod";
import { localizedTextSchema, partialDateSchema, pointsSchema, sourceIdsSchema } from "./common";
import { countryCodeSchema, openBudgetSurveyRoundSchema } from "./inputs";

export const countrySchema = z.strictObject({
  code: countryCodeSchema,
  name: localizedTextSchema,
  asean: z.boolean(),
  /**
   * Scored only to test the readings of OGP's rules on the outcomes OGP published for it (Tunisia, Malawi…): in the
   * API, not in the comparison chart, which is about Vietnam's region.
   */
  calibrationOnly: z.boolean().optional(),
  note: localizedTextSchema.optional(),
  /**
   * The Open Budget Survey has never covered this country (through the round named): OGP then does not measure
   * fiscal transparency and judges the country out of 12.
   */
  /**
   * true when data/ lists every legal text of the country that bears on OGP's access-to-information and
   * asset-disclosure criteria: a year with none of them in force then scores 0. Otherwise such a year is unknown,
   * because our list may start with the first text a source named, not the first there was.
   */
  lawHistoryComplete: z.boolean().optional(),
  /** The EIU Democracy Index does not cover the country: OGP cannot measure its citizen engagement. */
  notInDemocracyIndex: z.strictObject({ note: localizedTextSchema, sources: sourceIdsSchema }).optional(),
  notInOpenBudgetSurvey: z.strictObject({ throughRound: z.number().int().min(2006).max(2100), note: localizedTextSchema, sources: sourceIdsSchema }).optional(),
});

/**
 * What a published outcome says: a total (points of 16 or 12), points for some criteria, or only which side of the
 * 75 % bar the country stood ("at-least-75": on an eligible list or joining; "below-75": named as not eligible).
 */
export const outcomeKinds = ["total", "criterion-points", "at-least-75", "below-75"] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export const peerEligibilitySchema = z.strictObject({
  /** null only for an entry that is no figure (a membership note of an old release, with no data year). */
  kind: z.enum(outcomeKinds).nullable(),
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
  /**
   * OGP re-scored the country between its yearly updates on evidence outside the indices (a budget document the
   * government published after the survey, say): the engine, which reads the indices, cannot reproduce it, so it is
   * shown but tests no reading.
   */
  rescoredOnOtherEvidence: z.boolean().optional(),
  /** The OGP data year the figure reflects, where it can be told; the eligibility engine tests its readings against it. */
  dataYear: z.number().int().min(2011).max(2100).optional(),
  note: localizedTextSchema,
  sources: sourceIdsSchema,
}).superRefine((entry, ctx) => {
  const criteria = [entry.fiscalTransparency, entry.accessToInformation, entry.assetDisclosure, entry.citizenEngagement].filter((points) => points !== null);
  const problem = (path: string, expected: string, found: unknown) => ctx.addIssue({ code: "custom", path: [path], message: `expected ${expected} for kind "${entry.kind}", found ${JSON.stringify(found)}` });
  if (entry.kind === null && entry.dataYear !== undefined) problem("kind", "one of total, criterion-points, at-least-75, below-75 for a figure with a data year", null);
  if (entry.kind === "total" && (entry.total === null || entry.outOf === null)) problem("total", "a total and what it is out of", entry.total);
  if (entry.kind === "criterion-points" && criteria.length === 0) problem("kind", "points for at least one criterion", "none");
  if (entry.kind === "at-least-75" && entry.eligible !== true) problem("eligible", "true", entry.eligible);
  if (entry.kind === "below-75" && entry.eligible !== false) problem("eligible", "false", entry.eligible);
});
export type PeerEligibility = z.infer<typeof peerEligibilitySchema>;

export const peersFileSchema = z.strictObject({
  countries: z.array(countrySchema),
  eligibility: z.array(peerEligibilitySchema),
  openBudgetSurvey: z.array(openBudgetSurveyRoundSchema),
});
export type Peers = z.infer<typeof peersFileSchema>;
export type Country = z.infer<typeof countrySchema>;
