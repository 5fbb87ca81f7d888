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
  /** The first of OGP's yearly data updates scored under this version (the 2014 revision was applied to the 2014 update). */
  firstDataYear: z.number().int().min(2011).max(2100),
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
export type RuleVersion = z.infer<typeof ruleVersionSchema>;
export type CriterionRule = z.infer<typeof criterionRuleSchema>;

/** A civil-liberties cut-off: `points` for a score at or above (`inclusive`) or strictly above `min`. */
const bandSchema = z.strictObject({ min: z.number().min(0).max(10), inclusive: z.boolean(), points: pointsSchema });

/**
 * What a candidate reading means to the eligibility engine (lib/scoring/eligibility-engine.ts). Each kind is one
 * question about OGP's method that its published pages leave open; a reading is one possible answer.
 */
export const readingParametersSchema = z.discriminatedUnion("kind", [
  /** OGP's yearly update uses index editions published on or before this day of the data year ("06-30"). */
  z.strictObject({ kind: z.literal("update-cutoff"), monthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "a day written MM-DD") }),
  /** Points for a budget document the Open Budget Survey says was published late. */
  z.strictObject({ kind: z.literal("late-document-points"), points: z.union([z.literal(0), z.literal(2)]) }),
  /** When an access-to-information law starts to count: once adopted, or once in force. */
  z.strictObject({ kind: z.literal("ati-law-counts-from"), stage: z.enum(["adopted", "in-force"]) }),
  /** Points for a constitutional provision together with a draft law under consideration. */
  z.strictObject({ kind: z.literal("ati-constitution-and-draft"), points: z.union([z.literal(3), z.literal(4)]) }),
  /** Whether a provision the RTI Rating judges only partly explicit counts as a constitutional guarantee. */
  z.strictObject({ kind: z.literal("ati-partial-constitution"), counts: z.boolean() }),
  /** Whether posting declarations at the official's workplace is "some degree of public access". */
  z.strictObject({ kind: z.literal("asset-workplace-access"), counts: z.boolean() }),
  /** Cut-offs from the EIU civil-liberties score (0–10) to 0–4 points, highest first; below all of them: 0. */
  z.strictObject({ kind: z.literal("civil-liberties-bands"), bands: z.array(bandSchema).min(1) }),
  /** Points proportional to the civil-liberties score (score × 4 / 10), rounded half up or down. */
  z.strictObject({ kind: z.literal("civil-liberties-proportional"), rounding: z.enum(["round", "floor"]) }),
]);
export type ReadingParameters = z.infer<typeof readingParametersSchema>;

export const readingSchema = z
  .strictObject({
    id: idSchema,
    label: localizedTextSchema,
    explanation: localizedTextSchema,
    /**
     * "verified": a source states it; "secondary": a source other than OGP says it or it follows from a figure OGP
     * or a credible source published; "unconfirmed": no source says it — a possibility we test.
     */
    confirmation: z.enum(["verified", "secondary", "unconfirmed"]),
    parameters: readingParametersSchema,
    sources: z.array(idSchema),
  })
  .superRefine((reading, ctx) => {
    if (reading.confirmation !== "unconfirmed" && reading.sources.length === 0) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: `expected at least one source id for a reading marked "${reading.confirmation}" (or mark it "unconfirmed"), found an empty list` });
    }
  });
export type Reading = z.infer<typeof readingSchema>;

/** The kinds of reading a question's answers share: civil-liberties bands and proportional points answer one question. */
export const readingQuestionKind = (kind: ReadingParameters["kind"]) => (kind === "civil-liberties-proportional" ? "civil-liberties-bands" : kind);

export const readingQuestionSchema = z
  .strictObject({
    id: idSchema,
    /** The criterion the question is about; null for timing, which touches every criterion. */
    criterion: z.enum(criterionIds).nullable(),
    question: localizedTextSchema,
    /** Why OGP's own pages do not settle it. */
    whyOpen: localizedTextSchema,
    readings: z.array(readingSchema).min(1),
  })
  .superRefine((question, ctx) => {
    const kinds = new Set(question.readings.map((reading) => readingQuestionKind(reading.parameters.kind)));
    if (kinds.size > 1) ctx.addIssue({ code: "custom", path: ["readings"], message: `expected readings of one kind, found ${[...kinds].join(", ")}` });
  });
export type ReadingQuestion = z.infer<typeof readingQuestionSchema>;

export const rulesFileSchema = z.strictObject({
  versions: z.array(ruleVersionSchema).min(1),
  /** The parts of OGP's method its pages do not publish, each with the candidate readings the engine tests. */
  questions: z.array(readingQuestionSchema),
});
