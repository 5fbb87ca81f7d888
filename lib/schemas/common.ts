import "./zod-without-eval";
import { z } from "zod";
import { formulaExpected, formulaLead } from "./spreadsheet-formula";
import { criterionIds, kebabIdPattern, locales } from "./ids";

export { criterionIds, locales };

/** One language of a people-facing text: not empty, and nothing a spreadsheet would run (spreadsheet-formula.ts). */
const textIn = (what: string, proseDash: boolean) =>
  z
    .string()
    .trim()
    .min(1, what)
    .superRefine((value, context) => {
      const why = formulaLead(value, { proseDash });
      if (why) context.addIssue({ code: "custom", message: `expected ${formulaExpected(proseDash)}, found ${JSON.stringify(value.slice(0, 60))} (${why})` });
    });

const localizedText = (proseDash: boolean) => z.strictObject({ vi: textIn("a Vietnamese text", proseDash), en: textIn("an English text", proseDash) });

/** People-facing text: both languages, neither empty. A missing translation fails validation. */
export const localizedTextSchema = localizedText(false);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Notes and derivations: prose that may begin with a list dash ("- "), which no spreadsheet runs as a formula. */
export const proseTextSchema = localizedText(true);

export type Locale = (typeof locales)[number];

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The years any date in the data may fall in, whatever its precision (a year, a month or a day). */
export const dateYearRange = { min: 1900, max: 2100 } as const;

/** A date as precise as the source gives it: "2015", "2016-04" or "2018-01-29". */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date written YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const [year, month, day] = value.split("-").map(Number);
    if (month === undefined) return true;
    if (month < 1 || month > 12) return false;
    return day === undefined || (day >= 1 && day <= daysInMonth(year, month));
  }, "a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD)")
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= dateYearRange.min && year <= dateYearRange.max;
  }, `a date from ${dateYearRange.min} to ${dateYearRange.max}`);
export type PartialDate = z.infer<typeof partialDateSchema>;

export const idSchema = z.string().regex(kebabIdPattern, "a kebab-case id");

/** Every sourced record names at least one source by id; ids are resolved by the cross-file check. */
export const sourceIdsSchema = z.array(idSchema).min(1, "at least one source id");

export const criterionIdSchema = z.enum(criterionIds);
export type CriterionId = z.infer<typeof criterionIdSchema>;

/** 0–4 whole points; which values a criterion allows depends on the rule version. */
export const pointsSchema = z.number().int().min(0).max(4);
