import { z } from "zod";
import { localizedTextSchema, partialDateSchema } from "./common";

/** One data release: the date everything on the site is "as of"; pinned embeds keep their release id. */
export const releaseSchema = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a release id written YYYY-MM-DD"),
  publishedOn: partialDateSchema,
  researchedOn: partialDateSchema,
  summary: localizedTextSchema,
});
export type Release = z.infer<typeof releaseSchema>;
