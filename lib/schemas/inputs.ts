import { z } from "zod";
import { criterionIdSchema, idSchema, localizedTextSchema, partialDateSchema, sourceIdsSchema } from "./common";

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code");

/**
 * What the Open Budget Survey says about one of the two documents OGP scores, in OBS's own terms. "hard-copy-only"
 * (OBS codes HC and SC) counted as publicly available until OBS 2015; from OBS 2017 only a document online and on
 * time counts.
 */
export const documentStatuses = ["published", "published-late", "not-published-on-time", "internal-only", "not-produced", "hard-copy-only"] as const;
export const documentStatusSchema = z.enum(documentStatuses).nullable();
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export const openBudgetSurveyRoundSchema = z.strictObject({
  country: countryCodeSchema,
  round: z.number().int().min(2006).max(2100),
  /**
   * When IBP published the round's results: OGP can only use a round published before its yearly update.
   * null where no source dates it (the eligibility engine then cannot use the round).
   */
  released: partialDateSchema.nullable(),
  /** The last day by which the results were surely out (a dated report of them), where `released` is less precise. */
  releasedBy: z.iso.date().optional(),
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

/** The copy of a survey round (any country's) with the most precise release date; undefined when none is dated. */
export const datedCopyOfRound = (rounds: ReadonlyArray<OpenBudgetSurveyRound>, round: number) =>
  rounds.filter((candidate) => candidate.round === round && candidate.released !== null).reduce<OpenBudgetSurveyRound | undefined>((best, candidate) => (!best || best.released!.length < candidate.released!.length ? candidate : best), undefined);

/**
 * A country's copy of a survey round we hold no scores for, dated like another country's copy of the same round
 * (IBP releases a round for every country on one day): the importer and the engine both make them.
 */
export const roundWithoutScores = (
  country: string,
  dated: Pick<OpenBudgetSurveyRound, "round" | "released" | "releasedBy"> | undefined,
  round: number,
  statuses: Pick<OpenBudgetSurveyRound, "executiveBudgetProposal" | "auditReport">,
  sources: ReadonlyArray<string>,
): OpenBudgetSurveyRound => ({
  country,
  round,
  released: dated?.released ?? null,
  ...(dated?.releasedBy ? { releasedBy: dated.releasedBy } : {}),
  transparency: null,
  participation: null,
  legislativeOversight: null,
  auditOversight: null,
  oversight: null,
  rank: null,
  ...statuses,
  sources: [...sources],
});

export const democracyIndexEditionSchema = z
  .strictObject({
    country: countryCodeSchema,
    /** The edition's year ("Democracy Index 2016"); the EIU publishes it early in the following year. */
    year: z.number().int().min(2006).max(2100),
    /** When the edition was published; null where no source dates it (then year + 1 is assumed unknown). */
    published: partialDateSchema.nullable(),
    /** The last day by which the edition was surely out (a dated copy of it), where `published` is less precise. */
    publishedBy: z.iso.date().optional(),
    /** The overall index, 0–10; null where no source gives it. */
    overall: z.number().min(0).max(10).nullable(),
    /** The civil-liberties category, 0–10: OGP's citizen-engagement input. */
    civilLiberties: z.number().min(0).max(10).nullable(),
    /** Sources of the overall score and the publication date. */
    sources: sourceIdsSchema,
    /** Sources of the civil-liberties score (often a different table than the overall score). */
    civilLibertiesSources: z.array(idSchema),
  })
  .superRefine((edition, ctx) => {
    if (edition.civilLiberties !== null && edition.civilLibertiesSources.length === 0) {
      ctx.addIssue({ code: "custom", path: ["civilLibertiesSources"], message: "expected at least one source id for the civil-liberties score, found an empty list" });
    }
    if (edition.overall === null && edition.civilLiberties === null) {
      ctx.addIssue({ code: "custom", path: ["civilLiberties"], message: "expected a civil-liberties or an overall score (an edition with neither says nothing), found neither" });
    }
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

/**
 * What a legal text means for OGP's criteria, as the eligibility engine reads it:
 * - `ati-constitution`: a constitutional provision on access to information, `explicit` "full" or "partial"
 *   (as the RTI Rating judges it), or "unknown" where no source judges it;
 * - `ati-law`: an access-to-information law;
 * - `ati-draft`: a draft access-to-information law under consideration (from `adopted` = when it was tabled, until
 *   `until` = when it became law or was dropped);
 * - `asset-declarations`: a rule that officials must declare assets, and how far the public may see the declarations
 *   ("none", "workplace" = posted or read out where the official works, "public" = anyone may see them).
 */
export const lawEffectSchema = z.discriminatedUnion("element", [
  z.strictObject({ element: z.literal("ati-constitution"), explicit: z.enum(["full", "partial", "unknown"]) }),
  z.strictObject({ element: z.literal("ati-law") }),
  z.strictObject({ element: z.literal("ati-draft") }),
  z.strictObject({ element: z.literal("asset-declarations"), publicAccess: z.enum(["none", "workplace", "public", "unknown"]) }),
]);
export type LawEffect = z.infer<typeof lawEffectSchema>;

export const lawInstruments = ["constitution", "law", "ordinance", "decree", "draft-law"] as const;

export const lawSchema = z
  .strictObject({
    id: idSchema,
    country: countryCodeSchema,
    criterion: criterionIdSchema,
    instrument: z.enum(lawInstruments),
    title: localizedTextSchema,
    number: z.string().trim().min(1).nullable(),
    adopted: partialDateSchema,
    inForce: partialDateSchema.nullable(),
    /** When it stopped applying (replaced, repealed, or a draft that became law); null while it applies. */
    until: partialDateSchema.nullable(),
    /** What it means for OGP's criteria; null for a text that is context only. */
    effect: lawEffectSchema.nullable(),
    summary: localizedTextSchema,
    sources: sourceIdsSchema,
  })
  .superRefine((law, ctx) => {
    if (law.inForce !== null && law.inForce < law.adopted) ctx.addIssue({ code: "custom", path: ["inForce"], message: `expected a date on or after adoption (${law.adopted}), found ${law.inForce}` });
    if (law.until !== null && law.until < law.adopted) ctx.addIssue({ code: "custom", path: ["until"], message: `expected a date on or after adoption (${law.adopted}), found ${law.until}` });
    const expectedCriterion = law.effect === null ? null : law.effect.element === "asset-declarations" ? "assetDisclosure" : "accessToInformation";
    if (expectedCriterion && law.criterion !== expectedCriterion) ctx.addIssue({ code: "custom", path: ["criterion"], message: `expected "${expectedCriterion}" for effect "${law.effect?.element}", found "${law.criterion}"` });
    if (law.effect?.element === "ati-draft" && law.instrument !== "draft-law") ctx.addIssue({ code: "custom", path: ["instrument"], message: `expected "draft-law" for a draft under consideration, found "${law.instrument}"` });
    if (law.effect?.element === "ati-constitution" && law.instrument !== "constitution") ctx.addIssue({ code: "custom", path: ["instrument"], message: `expected "constitution" for a constitutional provision, found "${law.instrument}"` });
  });
export type Law = z.infer<typeof lawSchema>;

/**
 * V-Dem indicators behind OGP's Values Check (CSO entry and exit, CSO repression), one row per country-year.
 * `*Ordinal` are V-Dem's ordinal versions (0–4), which OGP is reported to use; the model scores are continuous.
 */
export const vdemYearSchema = z.strictObject({
  country: countryCodeSchema,
  year: z.number().int().min(1900).max(2100),
  version: z.string().trim().min(1),
  csoEntryExit: z.number().min(-6).max(6).nullable(),
  csoEntryExitOrdinal: z.number().min(0).max(4).nullable(),
  csoRepression: z.number().min(-6).max(6).nullable(),
  csoRepressionOrdinal: z.number().min(0).max(4).nullable(),
  sources: sourceIdsSchema,
});
export type VdemYear = z.infer<typeof vdemYearSchema>;

export const inputsFileSchema = z.strictObject({
  openBudgetSurvey: z.array(openBudgetSurveyRoundSchema),
  democracyIndex: z.array(democracyIndexEditionSchema),
  rtiRating: z.array(rtiRatingSchema),
  laws: z.array(lawSchema),
  vdem: z.array(vdemYearSchema),
});
export type Inputs = z.infer<typeof inputsFileSchema>;
