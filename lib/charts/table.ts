import { formatPartialDate } from "../format/partial-date";
import type { Locale } from "../schemas/common";
import type { Source } from "../schemas/source";
import type { ChartDescription, Mark } from "./description";
import { periodText, type Translate } from "./describe/common";

export type TableCell = string | number | null;
/** The chart's marks as its data table shows them: one row per mark, in the reader's language. */
export type DisplayTable = { columns: ReadonlyArray<string>; rows: ReadonlyArray<ReadonlyArray<TableCell>> };

const statusWord = (mark: Mark, d: ChartDescription) => d.statusLabels[mark.status];

/** The data table under a chart: name, date (as precise as the source), status, value. "No data" stays null. */
export const chartTable = (d: ChartDescription, { locale, t }: { locale: Locale; t: Translate }): DisplayTable => ({
  columns: [d.tableColumns.name, d.tableColumns.date, d.tableColumns.status, d.tableColumns.value, ...(d.extraColumns ?? []).map((column) => column.label)],
  rows: d.marks.map((mark) => [
    mark.name,
    mark.date ? `${periodText(mark.date, mark.dateEnd, locale, t)}${mark.statedOn ? ` (${t("figure.statedOn", { date: formatPartialDate(mark.statedOn, locale) })})` : ""}` : null,
    statusWord(mark, d),
    mark.value === null ? null : mark.valueText,
    ...(d.extraColumns ?? []).map((column) => mark.extra?.[column.key] ?? null),
  ]),
});

/** CSV columns: machine-readable names, the same in both languages. */
export const CSV_COLUMNS = ["chart", "mark", "series", "name", "date", "date_end", "stated_on", "status", "status_label", "value", "min", "max", "out_of", "source_ids", "source_urls"] as const;

/**
 * One CSV row per mark drawn: ISO 8601 (partial) dates, min and max for ranges (equal for an exact value, empty for
 * no data), the status code and its words, and the sources as ids and URLs.
 */
export const chartCsvColumns = (d: ChartDescription) => [...CSV_COLUMNS, ...(d.extraColumns ?? []).map((column) => column.key)];

export const chartCsvRows = (d: ChartDescription, sources: ReadonlyArray<Pick<Source, "id" | "url">>) =>
  d.marks.map((mark) => {
    const urls = mark.sources.map((id) => sources.find((source) => source.id === id)?.url).filter((url): url is string => Boolean(url));
    return [
      d.id,
      mark.id,
      mark.series,
      mark.name,
      mark.date ?? null,
      mark.dateEnd ?? null,
      mark.statedOn ?? null,
      mark.status,
      d.statusLabels[mark.status],
      mark.value !== null && mark.value.min === mark.value.max ? mark.value.min : null,
      mark.value?.min ?? null,
      mark.value?.max ?? null,
      mark.outOf,
      mark.sources.join(" "),
      urls.join(" "),
      ...(d.extraColumns ?? []).map((column) => mark.extra?.[column.key] ?? null),
    ];
  });
