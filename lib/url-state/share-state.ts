// No zod here: this parser is bundled into the pages' own small script (components/enhance/page-enhance.ts, at most
// 3 KiB gzip in all), and two patterns do what the schemas did.
import { exceedsStateLimit, stateLength } from "./state-length";

/**
 * The state a share link carries on any page: which chart to show, which year in it, and which named scenario.
 * The locale is the first path segment. Parsing never throws: whatever is wrong falls back to the default view
 * and is listed in `adjusted`, which the page shows as "this link was adjusted".
 */
export type ShareContext = {
  /** Chart ids on this page (a figure with this id exists). */
  charts: ReadonlyArray<string>;
  /** Years each chart's data table has a row for. */
  years: Readonly<Record<string, ReadonlyArray<number>>>;
  /** Named scenarios this page knows (the path simulator registers its own). */
  scenarios: ReadonlyArray<string>;
  /** Old chart ids that were renamed: an outdated link still lands on the chart. */
  aliases?: Readonly<Record<string, string>>;
};

export const shareKeys = ["chart", "year", "scenario"] as const;
export type ShareKey = (typeof shareKeys)[number];

/** A chart or scenario id: letters, digits and hyphens, at most 64 characters. */
const isToken = (value: string) => value.length <= 64 && /^[a-z0-9][a-z0-9-]*$/i.test(value);
/** A year the site can hold: four digits, 1990–2100; undefined otherwise. */
const yearOf = (value: string) => (/^\d{4}$/.test(value) && Number(value) >= 1990 && Number(value) <= 2100 ? Number(value) : undefined);

export type ShareState = { chart?: string; year?: number; scenario?: string };

export type Adjustment = { key: ShareKey | "unknown"; reason: "invalid" | "unknown-value" | "outdated" | "repeated" | "not-applicable" | "unknown-key" | "too-long"; value: string };

export type ParsedShare = { state: ShareState; adjusted: Adjustment[] };

/** Old chart ids kept working after a rename (links in old articles must still land somewhere sensible). */
export const chartAliases: Readonly<Record<string, string>> = { history: "score-history", score: "score-history", obs: "open-budget-survey", rti: "rti-rating", eiu: "eiu-democracy-index" };

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Reads a query string (or URLSearchParams) against what the page offers. */
export const parseShareState = (search: string | URLSearchParams, context: ShareContext): ParsedShare => {
  const query = typeof search === "string" ? search : search.toString();
  if (exceedsStateLimit(query)) return { state: {}, adjusted: [{ key: "unknown", reason: "too-long", value: String(stateLength(query)) }] };
  const params = typeof search === "string" ? new URLSearchParams(search.startsWith("?") ? search.slice(1) : search) : search;
  const adjusted: Adjustment[] = [];
  const state: ShareState = {};
  const aliases = { ...chartAliases, ...context.aliases };

  for (const key of new Set(params.keys())) {
    if (!(shareKeys as ReadonlyArray<string>).includes(key) && key !== "lang") adjusted.push({ key: "unknown", reason: "unknown-key", value: clip(key) });
  }
  const single = (key: ShareKey) => {
    const values = params.getAll(key);
    if (values.length > 1) adjusted.push({ key, reason: "repeated", value: clip(values.join(", ")) });
    return values[0];
  };

  const chart = single("chart");
  if (chart !== undefined) {
    const valid = isToken(chart);
    const resolved = valid ? (context.charts.includes(chart) ? chart : aliases[chart]) : undefined;
    if (!valid) adjusted.push({ key: "chart", reason: "invalid", value: clip(chart) });
    else if (resolved && context.charts.includes(resolved)) {
      state.chart = resolved;
      if (resolved !== chart) adjusted.push({ key: "chart", reason: "outdated", value: clip(chart) });
    } else adjusted.push({ key: "chart", reason: "unknown-value", value: clip(chart) });
  }

  const year = single("year");
  if (year !== undefined) {
    const parsed = yearOf(year);
    if (parsed === undefined) adjusted.push({ key: "year", reason: "invalid", value: clip(year) });
    else if (!state.chart) adjusted.push({ key: "year", reason: "not-applicable", value: clip(year) });
    else if (!(context.years[state.chart] ?? []).includes(parsed)) adjusted.push({ key: "year", reason: "outdated", value: clip(year) });
    else state.year = parsed;
  }

  const scenario = single("scenario");
  if (scenario !== undefined) {
    if (!isToken(scenario)) adjusted.push({ key: "scenario", reason: "invalid", value: clip(scenario) });
    else if (!context.scenarios.includes(scenario)) adjusted.push({ key: "scenario", reason: "unknown-value", value: clip(scenario) });
    else state.scenario = scenario;
  }

  return { state, adjusted };
};

/** The canonical query string of a state: every key that is set, in a fixed order. */
export const shareQuery = (state: ShareState) => {
  const params = new URLSearchParams();
  if (state.chart) params.set("chart", state.chart);
  if (state.year !== undefined) params.set("year", String(state.year));
  if (state.scenario) params.set("scenario", state.scenario);
  const query = params.toString();
  return query ? `?${query}` : "";
};

/** Four-digit years found in a row's first cells ("2017", "tháng 11 năm 2017"): what `year` can select. */
export const yearsInRows = (rows: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  [...new Set(rows.flatMap((row) => row.slice(0, 2).flatMap((cell) => [...String(cell ?? "").matchAll(/\b(19|20)\d{2}\b/g)].map((match) => Number(match[0])))))].sort();
