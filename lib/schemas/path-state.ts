import "./zod-without-eval";
import { z } from "zod";
import { idSchema } from "./common";
import { pathStateLimits } from "./ids";

/**
 * The simulator's share-link state: which assessment it starts from and which reforms are on. The browser never
 * imports this module's values (lib/url-state/path-state.ts checks the same rules without zod, and a unit test holds
 * the two together); it takes only the type.
 */
export const pathStateSchema = z.strictObject({
  base: idSchema.max(pathStateLimits.idMaxLength),
  reforms: z.array(idSchema.max(pathStateLimits.idMaxLength)).max(pathStateLimits.maxReforms),
});
export type PathState = z.infer<typeof pathStateSchema>;
