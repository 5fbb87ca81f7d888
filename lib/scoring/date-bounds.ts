/**
 * A partial date ("2016", "2016-04", "2016-04-06") stands for a span of days. Comparing it with a day can give
 * "yes", "no" or "maybe" (the law adopted "2016" against a cut-off of 30 June 2016): the engine keeps both
 * outcomes of a "maybe" instead of guessing.
 */
export type Tristate = "yes" | "no" | "maybe";

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (value: number) => String(value).padStart(2, "0");

/** The first day a partial date can mean. */
export const earliestDay = (date: string) => {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  return `${year}-${pad(month)}-${pad(day)}`;
};

/** The last day a partial date can mean. */
export const latestDay = (date: string) => {
  const [year, month, day] = date.split("-").map(Number);
  const lastMonth = month ?? 12;
  return `${year}-${pad(lastMonth)}-${pad(day ?? daysInMonth(year, lastMonth))}`;
};

/** Did it happen on or before `day` (YYYY-MM-DD)? */
export const onOrBefore = (date: string, day: string): Tristate => (latestDay(date) <= day ? "yes" : earliestDay(date) > day ? "no" : "maybe");

/** Both of two uncertain facts: "no" wins, then "maybe". */
export const both = (a: Tristate, b: Tristate): Tristate => (a === "no" || b === "no" ? "no" : a === "maybe" || b === "maybe" ? "maybe" : "yes");

export const not = (a: Tristate): Tristate => (a === "yes" ? "no" : a === "no" ? "yes" : "maybe");

/** The truth values a tristate allows. */
export const possibleTruths = (a: Tristate): boolean[] => (a === "yes" ? [true] : a === "no" ? [false] : [true, false]);
