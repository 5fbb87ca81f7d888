import type { Assessment } from "../schemas/assessment";
import type { Eligibility } from "./score-assessment";

/**
 * Meeting 75 % is not the same as being able to join: since 2017 a country must also pass the Values Check.
 * The two are kept apart so a page can never imply one from the other.
 */
export type JoiningStatus = "can-join" | "score-met-values-check-unknown" | "blocked-by-values-check" | "score-not-met" | "unknown";

export const joiningStatus = (eligibility: Eligibility, valuesCheck: Assessment["valuesCheck"]["result"]): JoiningStatus => {
  if (eligibility === "below-threshold" || eligibility === "not-enough-data") return "score-not-met";
  if (eligibility === "unknown") return "unknown";
  if (valuesCheck === "fail") return "blocked-by-values-check";
  if (valuesCheck === "unknown") return "score-met-values-check-unknown";
  return "can-join";
};
