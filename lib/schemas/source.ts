import { z } from "zod";
import { idSchema, localizedTextSchema, partialDateSchema } from "./common";

export const sourceKinds = ["official", "government", "survey", "law", "press", "civil-society", "secondary", "seed"] as const;

export const sourceSchema = z.strictObject({
  id: idSchema,
  /** The document's own title, in its own language (`language`). */
  title: z.string().trim().min(1),
  /** Who published it; null when nobody can be named (the seed documents). */
  publisher: z.string().trim().min(1).nullable(),
  /** null when the document has no public address (e.g. a seed document handed to the project). */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The document's date, only as precise as the page gives it (YYYY, YYYY-MM or YYYY-MM-DD); null when undated. */
  date: partialDateSchema.nullable(),
  /** "updated" when the page gives an update date, not a publication date ("Updated May 26, 2023"). */
  dateKind: z.enum(["published", "updated"]),
  /** The date exactly as the page writes it, for whoever checks the source; pages show `date` in their own language. */
  dateAsStated: z.string().trim().min(1).nullable(),
  language: z.enum(["vi", "en", "fr", "es", "th"]),
  kind: z.enum(sourceKinds),
  /** What a reader should know about this copy of the document ("copy on Scribd"), in both languages. */
  note: localizedTextSchema.optional(),
});
export const sourcesFileSchema = z.array(sourceSchema);
export type Source = z.infer<typeof sourceSchema>;
