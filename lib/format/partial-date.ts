import type { Locale } from "../schemas/common";

export type DatePrecision = "year" | "month" | "day";

export const partialDatePrecision = (date: string): DatePrecision => (date.length === 4 ? "year" : date.length === 7 ? "month" : "day");

const options: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
};

/**
 * "2016-04" → "tháng 4 năm 2016" / "April 2016": only as precise as the source. Vietnamese days read
 * "ngày 20 tháng 9 năm 2011", the same form as months ("tháng 9 năm 2011"), never "20 tháng 9, 2011".
 */
export const formatPartialDate = (date: string, locale: Locale) => {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  const precision = partialDatePrecision(date);
  if (locale === "vi") return precision === "year" ? String(year) : precision === "month" ? `tháng ${month} năm ${year}` : `ngày ${day} tháng ${month} năm ${year}`;
  return new Intl.DateTimeFormat(locale, options[precision]).format(new Date(Date.UTC(year, month - 1, day)));
};

/** A fractional year for placing a partial date on a time axis (mid-period for year or month precision). */
export const partialDateToYear = (date: string) => {
  const [year, month, day] = date.split("-").map(Number);
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1) / 12 + (day - 0.5) / 365;
};

/** A compact date for chart axes: "2015", "11/2017" in Vietnamese, "Nov 2017" in English. */
export const formatShortDate = (date: string, locale: Locale) => {
  const [year, month] = date.split("-").map(Number);
  if (month === undefined) return String(year);
  if (locale === "vi") return `${month}/${year}`;
  return new Intl.DateTimeFormat("en", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
};
