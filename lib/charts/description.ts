import type { MarkKind } from "./mark-kind";

/**
 * A chart described once, in words and numbers, already in the reader's language. The layout step
 * (layout.ts) turns it into positioned shapes for each width class; pages, embeds, downloads (SVG, PNG, CSV,
 * JSON) and the simulator's live chart (recharts) all read the same description, so they cannot drift apart.
 */

export type Range = { min: number; max: number };

/** What a figure is, in the site's one vocabulary (badges, legends, tables, CSV). */
export type MarkStatus = "official" | "reported" | "derived" | "computed" | "projection" | "scenario" | "nodata";

/** How an exact value is drawn. A range is always an interval; no data is always a marker on the baseline. */
export type ExactShape = "point" | "column" | "bar" | "span";

export type Mark = {
  /** Unique in the chart and stable across releases: CSV rows, tests and the live chart find marks by it. */
  id: string;
  series: string;
  status: MarkStatus;
  /** Time charts: the period the figure is about (a projection: the period it forecasts). */
  period?: { from: string; to: string };
  /** Rows charts: the row (category) key. */
  row?: string;
  /** null = no data; min === max = an exact value. */
  value: Range | null;
  /** Drawn beside the mark when there is room ("8", "4–12"); null draws none (the value stays in the table). */
  label: string | null;
  /** Larger first: who gets room when labels compete. */
  priority?: number;
  /** Labelled in the phone layout too: when a time chart has such marks, a phone-width drawing labels only those. */
  essential?: boolean;
  /** The figure as the table says it ("8/16", "4–12/16", "no data"). */
  valueText: string;
  /** What the row is, for tables and screen readers ("2016", "Vietnam"). */
  name: string;
  /** The date of the figure (ISO partial date) and, for a period, its end; for CSV and tables. */
  date: string | null;
  dateEnd?: string | null;
  /** When the figure was stated, if not the same as what it is about (a projection said in January 2018). */
  statedOn?: string | null;
  outOf: number | null;
  sources: ReadonlyArray<string>;
  emphasis?: boolean;
  /** Draw an exact value hollow (e.g. the first round of a dumbbell). */
  hollow?: boolean;
  /** More facts for the table and CSV, by the keys of the chart's `extraColumns` (null = no data). */
  extra?: Readonly<Record<string, string | number | null>>;
};

export type Series = {
  id: string;
  /** The legend's words for this series; without it the legend names the status ("Reported", "Computed"). */
  label?: string;
  shape: ExactShape;
  /** Join the series' points with a line, in date order (an index over the years). */
  connected?: boolean;
};

export type Threshold = { value: number; label: string };

/** "4 points short of 12/16" drawn from the mark to the threshold. */
export type GapAnnotation = { type: "gap"; mark: string; to: number; text: string };

export type Link = { from: string; to: string; emphasis?: boolean };

type Common = {
  id: string;
  title: string;
  subtitle: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  summary: string;
  series: ReadonlyArray<Series>;
  marks: ReadonlyArray<Mark>;
  links?: ReadonlyArray<Link>;
  threshold?: Threshold;
  annotations?: ReadonlyArray<GapAnnotation>;
  /** Lines printed under the chart (peers without data, labels that found no room). */
  notes: ReadonlyArray<string>;
  /** Legend words for statuses, and for a range of each status. */
  statusLabels: Record<MarkStatus, string>;
  rangeLabels: Partial<Record<MarkStatus, string>>;
  sources: ReadonlyArray<string>;
  /** Column headings of the data table (human) in the reader's language. */
  tableColumns: TableColumns;
  /** Further table and CSV columns (e.g. the survey's document status): key (CSV) and heading (table). */
  extraColumns?: ReadonlyArray<{ key: string; label: string }>;
};

export type TableColumns = { name: string; date: string; status: string; value: string };

export type ValueAxis = { max: number; ticks: ReadonlyArray<number>; label: string; format?: (value: number) => string };

export type TimeChart = Common & { type: "time"; valueAxis: ValueAxis; /** Years shown at least, so a series can start before its first mark. */ domain?: { from: number; to: number } };

export type RowsChart = Common & { type: "rows"; valueAxis: ValueAxis; rows: ReadonlyArray<{ key: string; label: string; emphasis?: boolean }> };

export type ChartDescription = TimeChart | RowsChart;

export const kindOfMark = (mark: Pick<Mark, "status" | "value">): MarkKind => {
  if (mark.value === null || mark.status === "nodata") return "nodata";
  return mark.status === "official" || mark.status === "reported" ? "data" : mark.status;
};

export const isExact = (value: Range | null): value is Range => value !== null && value.min === value.max;

/** How a mark is drawn: its series' shape for an exact value, an interval for a range, a baseline marker for no data. */
export const drawnShape = (mark: Mark, series: ReadonlyArray<Series>): ExactShape | "interval" | "nodata" => {
  if (mark.value === null) return "nodata";
  if (mark.value.min !== mark.value.max) return "interval";
  return series.find((entry) => entry.id === mark.series)?.shape ?? "point";
};
