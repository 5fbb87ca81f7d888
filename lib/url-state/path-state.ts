import "../schemas/zod-without-eval";
import { z } from "zod";
import { idSchema } from "../schemas/common";
import { exceedsStateLimit } from "./state-length";

/** The simulator's share-link state: which assessment it starts from and which reforms are on. */
export const pathStateSchema = z.strictObject({
  base: idSchema.max(64),
  reforms: z.array(idSchema.max(64)).max(32),
});
export type PathState = z.infer<typeof pathStateSchema>;

export type PathStateContext = {
  /** Assessments the simulator can start from. */
  baseIds: ReadonlyArray<string>;
  /** Reforms in display order; the URL lists chosen reforms in this order. */
  reformIds: ReadonlyArray<string>;
  defaultBase: string;
};

/** Why a link was changed before it was shown; any of these means the page says "this link was adjusted". */
export type PathAdjustment =
  | "base-repeated"
  | "base-invalid"
  | "base-unknown"
  | "reforms-repeated"
  | "reforms-invalid"
  | "reform-unknown"
  | "reform-repeated"
  | "too-long";

export type ParsedPathState = { state: PathState; adjustments: PathAdjustment[] };

const idValue = idSchema.max(64);

/**
 * Reads ?base=…&reforms=a,b from a query string. Never throws: a missing key means the default, anything
 * malformed, unknown, repeated or hostile is dropped and reported as an adjustment.
 */
export const parsePathState = (search: string, context: PathStateContext): ParsedPathState => {
  if (exceedsStateLimit(search)) return { state: { base: context.defaultBase, reforms: [] }, adjustments: ["too-long"] };
  const adjustments = new Set<PathAdjustment>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }

  const baseValues = params.getAll("base");
  if (baseValues.length > 1) adjustments.add("base-repeated");
  let base = context.defaultBase;
  if (baseValues.length > 0) {
    const [first] = baseValues;
    if (!idValue.safeParse(first).success) adjustments.add("base-invalid");
    else if (!context.baseIds.includes(first)) adjustments.add("base-unknown");
    else base = first;
  }

  const reformValues = params.getAll("reforms");
  if (reformValues.length > 1) adjustments.add("reforms-repeated");
  const chosen = new Set<string>();
  for (const value of reformValues.slice(0, 1)) {
    if (value === "") continue;
    for (const item of value.split(",").slice(0, 64)) {
      if (!idValue.safeParse(item).success) adjustments.add("reforms-invalid");
      else if (!context.reformIds.includes(item)) adjustments.add("reform-unknown");
      else if (chosen.has(item)) adjustments.add("reform-repeated");
      else chosen.add(item);
    }
    if (value.split(",").length > 64) adjustments.add("reforms-invalid");
  }

  const state = pathStateSchema.parse({ base, reforms: context.reformIds.filter((id) => chosen.has(id)) });
  return { state, adjustments: [...adjustments] };
};

/** The full state as a query string, always both keys, reforms in display order: "?base=vn-2017-end&reforms=a,b". */
export const serializePathState = (state: PathState, context: Pick<PathStateContext, "reformIds">): string => {
  const valid = pathStateSchema.parse(state);
  const reforms = context.reformIds.filter((id) => valid.reforms.includes(id));
  return `?base=${valid.base}&reforms=${reforms.join(",")}`;
};
