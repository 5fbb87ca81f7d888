import { z } from "zod";
import { countryCodeSchema } from "./inputs";
import { localizedTextSchema, partialDateSchema } from "./common";

/** One data release: the date everything on the site is "as of"; pinned embeds keep their release id. */
export const releaseSchema = z.strictObject({
  /** The shape of the data files (lib/data/migrations.ts brings older frozen releases up to date). */
  schemaVersion: z.literal(3),
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a release id written YYYY-MM-DD"),
  publishedOn: partialDateSchema,
  researchedOn: partialDateSchema,
  summary: localizedTextSchema,
  /**
   * Which OGP data years the eligibility engine computes for this release, and why it stops where it does (the
   * newest update may use index editions our sources do not have yet). Absent in releases from before the engine.
   */
  computed: z
    .strictObject({
      country: countryCodeSchema,
      fromDataYear: z.number().int().min(2011).max(2100),
      toDataYear: z.number().int().min(2011).max(2100),
      /** The label, attribution and summary of each computed assessment; "{year}" is replaced by the data year. */
      label: localizedTextSchema,
      attribution: localizedTextSchema,
      summary: localizedTextSchema,
      note: localizedTextSchema,
      /** The Values Check note of a data year before the check existed. */
      beforeValuesCheck: localizedTextSchema,
    })
    .refine((computed) => computed.toDataYear >= computed.fromDataYear, { message: "expected toDataYear on or after fromDataYear", path: ["toDataYear"] })
    .optional(),
});
export type Release = z.infer<typeof releaseSchema>;
