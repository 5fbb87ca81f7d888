import { z } from "zod";
import { localizedTextSchema, partialDateSchema } from "./common";

/** One data release: the date everything on the site is "as of"; pinned embeds keep their release id. */
export const releaseSchema = z.strictObject({
  /** The shape of the data files (lib/data/migrations.ts brings older frozen releases up to date). */
  schemaVersion: z.literal(2),
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a release id written YYYY-MM-DD"),
  publishedOn: partialDateSchema,
  researchedOn: partialDateSchema,
  summary: localizedTextSchema,
});
export type Release = z.infer<typeof releaseSchema>;
