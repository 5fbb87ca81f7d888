import type { AssessmentStatus } from "../schemas/assessment";

/** How a value is drawn: observed data solid, derived lighter, projection dashed, scenario hatched, no data hollow grey. */
export type MarkKind = "data" | "derived" | "projection" | "scenario" | "nodata";

export const markKindOfStatus = (status: AssessmentStatus): MarkKind =>
  status === "official" || status === "reported" ? "data" : status;

export const markKindOfBasis = (basis: "reported" | "derived" | "scenario" | "unknown" | "not-measured"): MarkKind =>
  basis === "reported" ? "data" : basis === "derived" ? "derived" : basis === "scenario" ? "scenario" : "nodata";
