import type { Assessment } from "../schemas/assessment";
import type { RuleVersion } from "../schemas/rules";

/**
 * The rule version in force at a date. Dates are compared as written ("2015" < "2015-03"), so a year-only
 * date counts as the start of that year: an assessment dated "2014" is judged by rules in force on 1 Jan 2014.
 */
export const ruleVersionAt = (rules: ReadonlyArray<RuleVersion>, date: string): RuleVersion | undefined =>
  [...rules].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom)).filter((rule) => rule.inForceFrom <= date).at(-1);

/** The rule version that scored a data year (each version names the first yearly update it applied to). */
export const ruleVersionForDataYear = (rules: ReadonlyArray<RuleVersion>, dataYear: number) =>
  [...rules].sort((a, b) => a.firstDataYear - b.firstDataYear).filter((rule) => rule.firstDataYear <= dataYear).at(-1);

/** The rules an assessment is judged by: a computed one by its data year, any other by its date. */
export const ruleVersionFor = (rules: ReadonlyArray<RuleVersion>, assessment: Pick<Assessment, "status" | "date">) =>
  assessment.status === "computed" ? ruleVersionForDataYear(rules, Number(assessment.date.slice(0, 4))) : ruleVersionAt(rules, assessment.date);
