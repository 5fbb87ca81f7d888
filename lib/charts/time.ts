/** Partial dates on a time axis: a date covers its whole period ("2015" is all of 2015, "2017-11" all of November). */

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInYear = (year: number) => (isLeap(year) ? 366 : 365);
const dayOfYear = (year: number, month: number, day: number) => (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000;

/** A point in time as a fractional year (2017.0 = 1 January 2017, 00:00 UTC). */
const fractional = (year: number, month: number, day: number) => year + dayOfYear(year, month, day) / daysInYear(year);

export type TimeSpan = { start: number; end: number };

/** The span a partial date covers, in fractional years: [start, end). */
export const partialDateSpan = (date: string): TimeSpan => {
  const [year, month, day] = date.split("-").map(Number);
  if (month === undefined) return { start: year, end: year + 1 };
  if (day === undefined) return { start: fractional(year, month, 1), end: month === 12 ? year + 1 : fractional(year, month + 1, 1) };
  const start = fractional(year, month, day);
  return { start, end: start + 1 / daysInYear(year) };
};

/** From the start of `from` to the end of `to` (both partial dates, inclusive). */
export const periodSpan = (period: { from: string; to: string }): TimeSpan => ({ start: partialDateSpan(period.from).start, end: partialDateSpan(period.to).end });

/** The middle of a period: where a point for it is drawn. */
export const spanCentre = (span: TimeSpan) => (span.start + span.end) / 2;

/** Year labels every `step` years, the smallest step that leaves `minGap` px between labels. */
export const yearTicks = (from: number, to: number, pxPerYear: number, labelWidth: number, minGap = 10) => {
  const step = [1, 2, 5, 10, 20].find((candidate) => candidate * pxPerYear >= labelWidth + minGap) ?? 50;
  const years: number[] = [];
  for (let year = Math.ceil(from); year < to; year++) if (year % step === 0) years.push(year);
  return { step, years };
};
