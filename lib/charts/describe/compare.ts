import { pick } from "../../format/localized";
import type { OpenBudgetSurveyRound } from "../../schemas/inputs";
import type { Country, PeerEligibility } from "../../schemas/peers";
import type { Locale } from "../../schemas/common";
import { POINTS_PER_CRITERION } from "../../scoring/score-assessment";
import { stepTicks } from "../ticks";
import type { Link, Mark, MarkStatus, Range, RowsChart } from "../description";
import { exact, rangeLabels, rangeText, statusLabels, tableColumns, unique, valueText, type DescribeContext } from "./common";

const countryName = (countries: ReadonlyArray<Country>, code: string, locale: Locale) => {
  const country = countries.find((candidate) => candidate.code === code);
  return country ? pick(country.name, locale) : code;
};

/** Scores (of 100) closer than this are drawn as one dot at every width: say them in a note instead. */
const MIN_DRAWN_GAP = 4;

/** Each ASEAN country's first and latest sourced survey round (a dumbbell); countries without data are listed below. */
export const describeCompareObs = (countries: ReadonlyArray<Country>, rounds: ReadonlyArray<OpenBudgetSurveyRound>, { locale, t }: DescribeContext): RowsChart => {
  const asean = countries.filter((country) => country.asean);
  const series = asean.map((country) => {
    const own = rounds.filter((round) => round.country === country.code && round.transparency !== null).sort((a, b) => a.round - b.round);
    return { country, first: own.length > 1 ? own[0] : undefined, last: own.at(-1) };
  });
  const withData = series.filter((entry) => entry.last);
  const without = series.filter((entry) => !entry.last);
  const marks: Mark[] = [];
  const links: Link[] = [];
  const tooClose: string[] = [];
  for (const { country, first: firstRound, last } of withData) {
    const name = pick(country.name, locale);
    const emphasis = country.code === "VN";
    // Two rounds closer than the dots are wide would be drawn on top of each other (Myanmar: 2 and 3 of 100): the
    // first round is then said in a note, not drawn.
    const close = firstRound !== undefined && Math.abs((firstRound.transparency ?? 0) - (last!.transparency ?? 0)) < MIN_DRAWN_GAP;
    if (close) tooClose.push(`${name}: ${firstRound.round} ${firstRound.transparency} → ${last!.round} ${last!.transparency}`);
    const first = close ? undefined : firstRound;
    if (first) {
      marks.push({ id: `${country.code}-${first.round}`, series: "first", row: country.code, status: "reported", value: exact(first.transparency), label: null, valueText: valueText(exact(first.transparency), 100, t), name, date: String(first.round), outOf: 100, sources: first.sources, hollow: true, emphasis });
    }
    marks.push({ id: `${country.code}-${last!.round}`, series: "last", row: country.code, status: "reported", value: exact(last!.transparency), label: String(last!.transparency), priority: 2, valueText: valueText(exact(last!.transparency), 100, t), name, date: String(last!.round), outOf: 100, sources: last!.sources, emphasis });
    if (first) links.push({ from: `${country.code}-${first.round}`, to: `${country.code}-${last!.round}`, emphasis });
  }
  const item = (entry: (typeof series)[number]) =>
    `${pick(entry.country.name, locale)}: ${entry.last ? `${entry.first ? `${entry.first.round} ${entry.first.transparency} → ` : ""}${entry.last.round} ${entry.last.transparency}` : t("common.noData")}`;
  return {
    type: "rows",
    id: "compare-obs",
    title: t("charts.compareObs.title"),
    subtitle: t("charts.compareObs.subtitle"),
    summary: t("charts.compareObs.summary", { items: series.map(item).join("; ") }),
    series: [
      { id: "first", shape: "point", label: t("charts.compareObs.firstRound") },
      { id: "last", shape: "point", label: t("charts.compareObs.lastRound") },
    ],
    marks,
    links,
    rows: withData.map((entry) => ({ key: entry.country.code, label: pick(entry.country.name, locale), emphasis: entry.country.code === "VN" })),
    notes: [
      ...(without.length ? [t("figure.noObsList", { items: without.map((entry) => pick(entry.country.name, locale)).join(", ") })] : []),
      ...(tooClose.length ? [t("figure.obsTooClose", { items: tooClose.join("; ") })] : []),
    ],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique(rounds.flatMap((round) => round.sources)),
    tableColumns: tableColumns(t),
    valueAxis: { max: 100, ticks: [0, 25, 50, 75, 100], label: t("charts.obs.axis") },
  };
};

/** A country's OGP eligibility total as the compare chart shows it: exact, a computed range, or none. */
export type EligibilityEntry = { code: string; date: string; value: Range | null; outOf: number | null; status: MarkStatus; sources: ReadonlyArray<string> };

/** Each peer's newest eligibility entry. */
export const latestPeerEntries = (entries: ReadonlyArray<PeerEligibility>) => [...new Map([...entries].sort((a, b) => a.date.localeCompare(b.date)).map((entry) => [entry.country, entry])).values()];

export const peerEligibilityEntries = (entries: ReadonlyArray<PeerEligibility>): EligibilityEntry[] =>
  latestPeerEntries(entries).map((entry) => ({ code: entry.country, date: entry.date, value: exact(entry.total), outOf: entry.outOf, status: entry.total === null ? "nodata" : entry.basis === "derived" ? "derived" : "reported", sources: entry.sources }));

/** OGP eligibility totals of Vietnam and its peers where a source gives them (or the engine computes them); the rest are listed below. */
export const describeCompareEligibility = (
  { countries, vietnam, peers, threshold, outOf, passMarkPercent }: { countries: ReadonlyArray<Country>; vietnam: EligibilityEntry; peers: ReadonlyArray<EligibilityEntry>; threshold: number; outOf: number; passMarkPercent: number },
  { locale, t }: DescribeContext,
): RowsChart => {
  const all = [vietnam, ...peers];
  const shown = all.filter((entry) => entry.value !== null);
  const without = all.filter((entry) => entry.value === null);
  const label = (entry: EligibilityEntry) => `${countryName(countries, entry.code, locale)} (${entry.date.slice(0, 4)})`;
  const marks: Mark[] = shown.map((entry) => ({
    id: entry.code,
    series: "eligibility",
    row: entry.code,
    status: entry.status,
    value: entry.value,
    label: rangeText(entry.value!),
    priority: 2,
    valueText: valueText(entry.value, entry.outOf ?? outOf, t),
    name: countryName(countries, entry.code, locale),
    date: entry.date,
    outOf: entry.outOf ?? outOf,
    sources: entry.sources,
    emphasis: entry.code === "VN",
  }));
  return {
    type: "rows",
    id: "compare-eligibility",
    title: t("charts.compareEligibility.title"),
    subtitle: t("figure.compareEligibilitySubtitle"),
    summary: t("charts.compareEligibility.summary", { items: all.map((entry) => `${label(entry)}: ${valueText(entry.value, entry.outOf ?? outOf, t)}`).join("; "), threshold, outOf }),
    series: [{ id: "eligibility", shape: "bar" }],
    marks,
    rows: shown.map((entry) => ({ key: entry.code, label: label(entry), emphasis: entry.code === "VN" })),
    threshold: { value: threshold, label: t("charts.thresholdLabel", { threshold, outOf, passMark: `${passMarkPercent}%` }) },
    notes: without.length ? [t("figure.noScoreList", { items: without.map(label).join(", ") })] : [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique(all.flatMap((entry) => entry.sources)),
    tableColumns: tableColumns(t),
    valueAxis: { max: outOf, ticks: stepTicks(outOf, POINTS_PER_CRITERION), label: t("charts.pointsAxis", { outOf }) },
  };
};

/** One country's computed score for the compare chart (the eligibility engine's output, for one data year). */
export type ComputedCountry = { code: string; total: Range; applicable: Range; eligibility: "eligible" | "below-threshold" | "not-enough-data" | "unknown"; sourced: ReadonlyArray<string>; unsourced: ReadonlyArray<string>; sources: ReadonlyArray<string> };

/** A published total for a country in the same data year, drawn as a marker on its row. */
export type PublishedTotal = { id: string; code: string; total: number; outOf: number; status: MarkStatus; date: string; sources: ReadonlyArray<string> };

const percent = (points: number, outOf: number) => Math.round((points / outOf) * 1000) / 10;

/**
 * Every country the engine scores, at one OGP data year, on one scale: the share of the points OGP could measure
 * (of 16, or of 12 where a criterion is not measured), so a range across the 75 % bar reads as such whatever the
 * denominator. Sorted by what each country may reach; Vietnam is marked; countries OGP could not judge are listed.
 */
export const describeCompareComputed = (
  { countries, entries, published, dataYear, passMarkPercent, criterionName }: { countries: ReadonlyArray<Country>; entries: ReadonlyArray<ComputedCountry>; published: ReadonlyArray<PublishedTotal>; dataYear: number; passMarkPercent: number; criterionName: (criterion: string) => string },
  { locale, t }: DescribeContext,
): RowsChart => {
  const name = (code: string) => countryName(countries, code, locale);
  const judged = entries.filter((entry) => entry.eligibility !== "not-enough-data" && entry.sourced.length > 0);
  const notEnough = entries.filter((entry) => entry.eligibility === "not-enough-data" || entry.sourced.length === 0);
  const sorted = [...judged].sort((a, b) => percent(b.total.max, b.applicable.max) - percent(a.total.max, a.applicable.max) || percent(b.total.min, b.applicable.max) - percent(a.total.min, a.applicable.max) || name(a.code).localeCompare(name(b.code)));
  const points = (entry: ComputedCountry) => `${rangeText(entry.total)}/${rangeText(entry.applicable)}`;
  const marks: Mark[] = sorted.map((entry) => {
    const outOf = entry.applicable.max;
    return {
      id: `${entry.code}-${dataYear}`,
      series: "computed",
      row: entry.code,
      status: "computed",
      value: { min: percent(entry.total.min, outOf), max: percent(entry.total.max, outOf) },
      label: points(entry),
      priority: entry.code === "VN" ? 3 : 2,
      valueText: `${points(entry)} (${rangeText({ min: percent(entry.total.min, outOf), max: percent(entry.total.max, outOf) })} %)`,
      name: name(entry.code),
      date: String(dataYear),
      outOf: 100,
      sources: entry.sources,
      emphasis: entry.code === "VN",
    };
  });
  const shownRows = new Set(sorted.map((entry) => entry.code));
  const publishedMarks: Mark[] = published
    .filter((figure) => shownRows.has(figure.code))
    .map((figure) => ({
      id: `published-${figure.id}`,
      series: "published",
      row: figure.code,
      status: figure.status,
      value: exact(percent(figure.total, figure.outOf)),
      label: null,
      valueText: `${figure.total}/${figure.outOf}`,
      name: name(figure.code),
      date: figure.date,
      outOf: 100,
      sources: figure.sources,
      hollow: true,
      emphasis: figure.code === "VN",
    }));
  const partly = sorted.filter((entry) => entry.unsourced.length > 0);
  const rowLabel = (entry: ComputedCountry) => (entry.applicable.max === 12 ? t("charts.compareComputed.outOf12", { country: name(entry.code) }) : name(entry.code));
  return {
    type: "rows",
    id: "compare-eligibility",
    title: t("charts.compareComputed.title", { year: dataYear }),
    subtitle: t("charts.compareComputed.subtitle", { passMark: `${passMarkPercent}%` }),
    summary: t("charts.compareComputed.summary", {
      year: dataYear,
      items: sorted.map((entry) => `${name(entry.code)} ${points(entry)}`).join("; "),
      passMark: `${passMarkPercent}%`,
    }),
    series: [
      // No series label: the legend then names exact values and ranges apart ("Computed", "Computed (range)").
      { id: "computed", shape: "bar" },
      ...(publishedMarks.length ? [{ id: "published", shape: "point" as const, label: t("charts.compareComputed.publishedSeries") }] : []),
    ],
    marks: [...marks, ...publishedMarks],
    rows: sorted.map((entry) => ({ key: entry.code, label: rowLabel(entry), emphasis: entry.code === "VN" })),
    threshold: { value: passMarkPercent, label: t("charts.compareComputed.threshold", { passMark: `${passMarkPercent}%` }) },
    notes: [
      // Grouped by criterion, not by country: one short line under the chart (an embed must fit its height).
      ...(partly.length
        ? [t("charts.compareComputed.partly", { items: unique(partly.flatMap((entry) => entry.unsourced)).map((criterion) => `${criterionName(criterion)}: ${partly.filter((entry) => entry.unsourced.includes(criterion)).map((entry) => name(entry.code)).join(", ")}`).join("; ") })]
        : []),
      ...(notEnough.length ? [t("charts.compareComputed.notEnough", { items: notEnough.map((entry) => `${name(entry.code)} (${entry.unsourced.map(criterionName).join(", ") || t("common.noData")})`).join("; ") })] : []),
    ],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique([...entries.flatMap((entry) => entry.sources), ...publishedMarks.flatMap((mark) => mark.sources)]),
    tableColumns: tableColumns(t),
    valueAxis: { max: 100, ticks: [0, 25, 50, 75, 100], label: t("charts.compareComputed.axis") },
  };
};
