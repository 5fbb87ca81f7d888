import { z } from "zod";
import { idSchema, localizedTextSchema, sourceIdsSchema } from "./common";

/**
 * A named what-if with its own static page: a base assessment plus reforms. The reforms are either listed or
 * computed ("shortest-path": the smallest set that reaches the pass mark, see lib/scoring/shortest-path.ts).
 */
export const scenarioSelectionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("reforms"), reforms: z.array(idSchema).min(1) }),
  z.strictObject({ kind: z.literal("shortest-path") }),
]);

export const namedScenarioSchema = z.strictObject({
  id: idSchema,
  base: idSchema,
  selection: scenarioSelectionSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** What the reader should keep in mind (e.g. the per-criterion basis is unknown). */
  note: localizedTextSchema.optional(),
  sources: sourceIdsSchema,
});
export const scenariosFileSchema = z.array(namedScenarioSchema).min(1);
export type NamedScenario = z.infer<typeof namedScenarioSchema>;
