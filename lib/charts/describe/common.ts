import { formatPartialDate } from "../../format/partial-date";
import type { Locale } from "../../schemas/common";
import type { MarkStatus, Range, TableColumns } from "../description";

/** A translation function handed in by the caller (next-intl on pages, createTranslator in scripts): lib/ never translates. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type DescribeContext = { locale: Locale; t: Translate };

const statuses: ReadonlyArray<Exclude<MarkStatus, "nodata">> = ["official", "reported", "derived", "computed", "projection", "scenario"];

/** The one vocabulary: the same words as the status badges, in legends, tables and CSV. */
export const statusLabels = (t: Translate): Record<MarkStatus, string> => ({
  ...(Object.fromEntries(statuses.map((status) => [status, t(`status.${status}`)])) as Record<Exclude<MarkStatus, "nodata">, string>),
  nodata: t("charts.legend.nodata"),
});

export const rangeLabels = (t: Translate): Partial<Record<MarkStatus, string>> =>
  Object.fromEntries(statuses.map((status) => [status, t("figure.rangeLabel", { status: t(`status.${status}`) })]));

export const tableColumns = (t: Translate): TableColumns => ({ name: t("figure.columns.name"), date: t("figure.columns.date"), status: t("figure.columns.status"), value: t("figure.columns.value") });

export const exact = (value: number | null): Range | null => (value === null ? null : { min: value, max: value });

/** "8", "4–12": a value as the chart writes it. */
export const rangeText = (range: Range, format: (value: number) => string = String) => (range.min === range.max ? format(range.min) : `${format(range.min)}–${format(range.max)}`);

/** "8/16", "4–12/16", or "no data". */
export const valueText = (range: Range | null, outOf: number | null, t: Translate, format: (value: number) => string = String) =>
  range === null ? t("common.noData") : outOf === null ? rangeText(range, format) : `${rangeText(range, format)}/${outOf}`;

/** A date or a period in words, as precise as its source. */
export const periodText = (from: string, to: string | null | undefined, locale: Locale, t: Translate) =>
  !to || to === from ? formatPartialDate(from, locale) : t("figure.period", { from: formatPartialDate(from, locale), to: formatPartialDate(to, locale) });

export const unique = <T>(items: ReadonlyArray<T>) => [...new Set(items)];
