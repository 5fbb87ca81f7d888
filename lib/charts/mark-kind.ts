import type { AssessmentStatus } from "../schemas/assessment";

/**
 * How a value is drawn: observed data solid, derived lighter, computed (our estimate from OGP's rules, usually a
 * range) in its own style, projection dashed, scenario hatched, no data as a marker at the baseline.
 */
export type MarkKind = "data" | "derived" | "computed" | "projection" | "scenario" | "nodata";

export const markKindOfStatus = (status: AssessmentStatus | "computed"): MarkKind =>
  status === "official" || status === "reported" ? "data" : status;

export const markKindOfBasis = (basis: "reported" | "derived" | "computed" | "scenario" | "unknown" | "not-measured"): MarkKind =>
  basis === "reported" ? "data" : basis === "unknown" || basis === "not-measured" ? "nodata" : basis;
