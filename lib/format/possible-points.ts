import type { Locale } from "../schemas/common";

/** "0, 2 hoặc 4" / "0, 2, or 4": the values a criterion may have, in the reader's language. */
export const formatPossible = (values: ReadonlyArray<number>, locale: Locale) =>
  new Intl.ListFormat(locale, { type: "disjunction" }).format([...values].sort((a, b) => a - b).map(String));

/** "8" or "8–14": a point range as it is printed next to "/16". */
export const formatPointRange = (range: { min: number; max: number }) => (range.min === range.max ? String(range.min) : `${range.min}–${range.max}`);
