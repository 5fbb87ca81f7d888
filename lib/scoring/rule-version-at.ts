import type { RuleVersion } from "../schemas/rules";

/**
 * The rule version in force at a date. Dates are compared as written ("2015" < "2015-03"), so a year-only
 * date counts as the start of that year: an assessment dated "2014" is judged by rules in force on 1 Jan 2014.
 */
export const ruleVersionAt = (rules: ReadonlyArray<RuleVersion>, date: string): RuleVersion | undefined =>
  [...rules].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom)).filter((rule) => rule.inForceFrom <= date).at(-1);
