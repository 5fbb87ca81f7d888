import { kebabIdPattern, pathStateLimits } from "../schemas/ids";
import type { PathState } from "../schemas/path-state";
import { exceedsStateLimit } from "./state-length";

// The simulator runs in the browser, so this module checks the state without zod (~32 KiB gzip it would ship): the same
// rules as pathStateSchema (lib/schemas/path-state.ts), whose output the unit tests check against the schema.
export type { PathState };

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

const isIdValue = (value: string) => value.length <= pathStateLimits.idMaxLength && kebabIdPattern.test(value);

/** The state as pathStateSchema allows it (exactly its two keys, ids, at most maxReforms reforms), or an error. */
const checkedState = (state: PathState): PathState => {
  const valid =
    typeof state === "object" &&
    state !== null &&
    Object.keys(state).length === 2 &&
    typeof state.base === "string" &&
    isIdValue(state.base) &&
    Array.isArray(state.reforms) &&
    state.reforms.length <= pathStateLimits.maxReforms &&
    state.reforms.every((id) => typeof id === "string" && isIdValue(id));
  if (!valid) throw new TypeError(`not a path state: ${JSON.stringify(state)?.slice(0, 200)}`);
  return { base: state.base, reforms: [...state.reforms] };
};

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
    if (!isIdValue(first)) adjustments.add("base-invalid");
    else if (!context.baseIds.includes(first)) adjustments.add("base-unknown");
    else base = first;
  }

  const reformValues = params.getAll("reforms");
  if (reformValues.length > 1) adjustments.add("reforms-repeated");
  const chosen = new Set<string>();
  for (const value of reformValues.slice(0, 1)) {
    if (value === "") continue;
    for (const item of value.split(",").slice(0, 64)) {
      if (!isIdValue(item)) adjustments.add("reforms-invalid");
      else if (!context.reformIds.includes(item)) adjustments.add("reform-unknown");
      else if (chosen.has(item)) adjustments.add("reform-repeated");
      else chosen.add(item);
    }
    if (value.split(",").length > 64) adjustments.add("reforms-invalid");
  }

  const state = checkedState({ base, reforms: context.reformIds.filter((id) => chosen.has(id)) });
  return { state, adjustments: [...adjustments] };
};

/** The full state as a query string, always both keys, reforms in display order: "?base=vn-2017-end&reforms=a,b". */
export const serializePathState = (state: PathState, context: Pick<PathStateContext, "reformIds">): string => {
  const valid = checkedState(state);
  const reforms = context.reformIds.filter((id) => valid.reforms.includes(id));
  return `?base=${valid.base}&reforms=${reforms.join(",")}`;
};
