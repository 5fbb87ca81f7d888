import { z } from "zod";
import { criterionIdSchema, idSchema, localizedTextSchema, sourceIdsSchema } from "./common";

export const reformSchema = z.strictObject({
  id: idSchema,
  criterion: criterionIdSchema,
  title: localizedTextSchema,
  change: localizedTextSchema,
  /**
   * "add": the rule gives these points on top of what the criterion has (e.g. +2 per published document);
   * "raise-to": the rule gives the criterion this many points at least (e.g. a law = 4). Capped at 4 either way.
   */
  effect: z.enum(["add", "raise-to"]),
  points: z.number().int().min(1).max(4),
  /** false where the rule behind the points is not confirmed (e.g. citizen-engagement bands). */
  pointsConfirmed: z.boolean(),
  rule: localizedTextSchema,
  ruleSources: sourceIdsSchema,
  progress: z.enum(["done", "under-way", "not-started", "unknown"]),
  progressNote: localizedTextSchema,
  progressSources: sourceIdsSchema,
  caveat: localizedTextSchema.optional(),
});
export const reformsFileSchema = z.array(reformSchema);
export type Reform = z.infer<typeof reformSchema>;
