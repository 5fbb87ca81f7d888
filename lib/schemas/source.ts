import { z } from "zod";
import { idSchema } from "./common";

export const sourceKinds = ["official", "government", "survey", "law", "press", "civil-society", "secondary", "seed"] as const;

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** null when the document has no public address (e.g. a seed document handed to the project). */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The date as the page states it, verbatim ("Updated May 26, 2023"); null when undated. */
  date: z.string().min(1).nullable(),
  language: z.enum(["vi", "en", "fr", "es", "th"]),
  kind: z.enum(sourceKinds),
});
export const sourcesFileSchema = z.array(sourceSchema);
export type Source = z.infer<typeof sourceSchema>;
