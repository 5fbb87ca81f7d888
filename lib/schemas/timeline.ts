import { z } from "zod";
import { idSchema, localizedTextSchema, partialDateSchema, sourceIdsSchema } from "./common";

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  date: partialDateSchema,
  kind: z.enum(["ogp", "advocacy", "law", "assessment", "rules", "survey"]),
  title: localizedTextSchema,
  body: localizedTextSchema,
  /** Links an event to the assessment it reports, so the timeline and the score history agree. */
  assessmentId: idSchema.optional(),
  sources: sourceIdsSchema,
});
export const timelineFileSchema = z.array(timelineEventSchema);
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
