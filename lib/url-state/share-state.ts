// zod/mini: the same schemas with a bundle small enough for the client island that reads share links.
import "../schemas/zod-without-eval";
import * as z from "zod/mini";
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

const tokenSchema = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9-]*$/i));
const yearSchema = z.pipe(z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number)), z.number().check(z.gte(1990), z.lte(2100)));

export const shareStateSchema = z.strictObject({
  chart: z.optional(tokenSchema),
  year: z.optional(z.number()),
  scenario: z.optional(tokenSchema),
});
export type ShareState = z.infer<typeof shareStateSchema>;

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
    const token = tokenSchema.safeParse(chart);
    const resolved = token.success ? (context.charts.includes(token.data) ? token.data : aliases[token.data]) : undefined;
    if (!token.success) adjusted.push({ key: "chart", reason: "invalid", value: clip(chart) });
    else if (resolved && context.charts.includes(resolved)) {
      state.chart = resolved;
      if (resolved !== token.data) adjusted.push({ key: "chart", reason: "outdated", value: clip(chart) });
    } else adjusted.push({ key: "chart", reason: "unknown-value", value: clip(chart) });
  }

  const year = single("year");
  if (year !== undefined) {
    const parsed = yearSchema.safeParse(year);
    if (!parsed.success) adjusted.push({ key: "year", reason: "invalid", value: clip(year) });
    else if (!state.chart) adjusted.push({ key: "year", reason: "not-applicable", value: clip(year) });
    else if (!(context.years[state.chart] ?? []).includes(parsed.data)) adjusted.push({ key: "year", reason: "outdated", value: clip(year) });
    else state.year = parsed.data;
  }

  const scenario = single("scenario");
  if (scenario !== undefined) {
    const token = tokenSchema.safeParse(scenario);
    if (!token.success) adjusted.push({ key: "scenario", reason: "invalid", value: clip(scenario) });
    else if (!context.scenarios.includes(token.data)) adjusted.push({ key: "scenario", reason: "unknown-value", value: clip(scenario) });
    else state.scenario = token.data;
  }

  return { state: shareStateSchema.parse(state), adjusted };
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
