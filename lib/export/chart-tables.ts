import { scoreHistory } from "../charts/score-history";
import { pick } from "../format/localized";
import { formatPartialDate } from "../format/partial-date";
import type { Assessment } from "../schemas/assessment";
import { criterionIds, type CriterionId, type Locale } from "../schemas/common";
import type { DemocracyIndexEdition, OpenBudgetSurveyRound, RtiRating } from "../schemas/inputs";
import type { Country, PeerEligibility } from "../schemas/peers";
import type { RuleVersion } from "../schemas/rules";
import { POINTS_PER_CRITERION, type EligibilityScore } from "../scoring/score-assessment";
import { assessmentHistory } from "../scoring/select-assessments";

// One builder per chart: the figure on the page and the downloads/embeds (chart-registry.ts) both call it,
// so the table a reader sees and the CSV a journalist downloads cannot drift apart.

/** A translation function handed in by the caller (next-intl on pages, createTranslator in scripts): lib/ never translates. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type TableCell = string | number | null;
/** The numbers a chart displays, exactly as its data table shows them: the source of CSV, JSON and the embed table. */
export type DisplayTable = { columns: ReadonlyArray<string>; rows: ReadonlyArray<ReadonlyArray<TableCell>> };

export type TableContext = { locale: Locale; t: Translate };

export const scoreHistoryTable = (assessments: ReadonlyArray<Assessment>, rules: ReadonlyArray<RuleVersion>, { locale, t }: TableContext): DisplayTable => {
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  return {
    columns: [t("charts.columns.assessment"), t("charts.columns.date"), t("charts.columns.status"), t("charts.columns.total"), t("charts.columns.outOf"), t("charts.columns.threshold")],
    rows: scoreHistory(assessments, rules).map((point) => [
      pick(byId.get(point.id)!.label, locale),
      formatPartialDate(point.date, locale),
      t(`status.${point.status}`),
      // A range that collapses to one value is that value; a computed range is written "8–14"; any other range has no
      // single total ("no data").
      point.total ?? (point.range.min === point.range.max ? point.range.min : point.status === "computed" ? `${point.range.min}–${point.range.max}` : null),
      point.outOf,
      point.threshold,
    ]),
  };
};

/** A criterion's points as a table cell: the value, a computed range written "2–4", or null ("no data"). */
const criterionCell = (score: Assessment["criteria"][CriterionId]): TableCell =>
  score.points !== null ? score.points : score.possible ? `${Math.min(...score.possible)}–${Math.max(...score.possible)}` : null;

export const criteriaTable = (assessment: Assessment | undefined, { t }: TableContext): DisplayTable => ({
  columns: [t("charts.columns.criterion"), t("charts.columns.points"), t("charts.columns.outOf"), t("charts.columns.basis")],
  rows: assessment ? criterionIds.map((criterion) => [t(`criteria.${criterion}`), criterionCell(assessment.criteria[criterion]), POINTS_PER_CRITERION, t(`basis.${assessment.criteria[criterion].basis}`)]) : [],
});

export const sortByRound = (rounds: ReadonlyArray<OpenBudgetSurveyRound>) => [...rounds].sort((a, b) => a.round - b.round);

export const obsTable = (rounds: ReadonlyArray<OpenBudgetSurveyRound>, { t }: TableContext): DisplayTable => {
  const docText = (status: OpenBudgetSurveyRound["executiveBudgetProposal"]) => (status === null ? null : t(`charts.obs.document.${status}`));
  return {
    columns: [t("charts.columns.round"), t("charts.obs.transparency"), t("charts.obs.budgetProposal"), t("charts.obs.auditReport"), t("charts.obs.participation"), t("charts.obs.oversight")],
    rows: sortByRound(rounds).map((round) => [
      String(round.round),
      round.transparency,
      docText(round.executiveBudgetProposal),
      docText(round.auditReport),
      round.participation,
      // Older rounds report legislative and audit oversight separately, newer ones one figure.
      round.oversight ?? (round.legislativeOversight !== null && round.auditOversight !== null ? `${round.legislativeOversight} / ${round.auditOversight}` : null),
    ]),
  };
};

export const sortByDate = <T extends { date: string }>(items: ReadonlyArray<T>) => [...items].sort((a, b) => a.date.localeCompare(b.date));

export const rtiTable = (ratings: ReadonlyArray<RtiRating>, { locale, t }: TableContext): DisplayTable => ({
  columns: [t("charts.columns.stage"), t("charts.columns.date"), t("charts.columns.score"), t("charts.columns.outOf"), t("charts.columns.rank")],
  rows: sortByDate(ratings).map((rating) => [pick(rating.stage, locale), formatPartialDate(rating.date, locale), rating.score, rating.outOf, rating.rank ? `${rating.rank.position}/${rating.rank.of}` : null]),
});

/** EIU scores are printed with two decimals, as the EIU publishes them. */
export const formatEiuScore = (value: number, locale: Locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

export const eiuTable = (editions: ReadonlyArray<DemocracyIndexEdition>, { locale, t }: TableContext): DisplayTable => ({
  columns: [t("charts.columns.year"), t("charts.eiu.overall"), t("charts.eiu.civilLiberties")],
  rows: [...editions]
    .sort((a, b) => a.year - b.year)
    .map((edition) => [String(edition.year), edition.overall === null ? null : formatEiuScore(edition.overall, locale), edition.civilLiberties === null ? null : formatEiuScore(edition.civilLiberties, locale)]),
});

export const criterionHistoryTable = (assessments: ReadonlyArray<Assessment>, criterion: CriterionId, { locale, t }: TableContext): DisplayTable => ({
  columns: [t("charts.columns.assessment"), t("charts.columns.date"), t("charts.columns.points"), t("charts.columns.basis")],
  rows: assessmentHistory(assessments).map((a) => [pick(a.label, locale), formatPartialDate(a.date, locale), criterionCell(a.criteria[criterion]), t(`basis.${a.criteria[criterion].basis}`)]),
});

/** The compare chart's rows: ASEAN countries, one column per survey round that any of them took part in. */
export const compareObsTable = (countries: ReadonlyArray<Country>, rounds: ReadonlyArray<OpenBudgetSurveyRound>, { locale, t }: TableContext): DisplayTable => {
  const roundYears = [...new Set(rounds.map((round) => round.round))].sort();
  return {
    columns: [t("charts.columns.country"), ...roundYears.map(String)],
    rows: countries
      .filter((country) => country.asean)
      .map((country) => {
        const own = new Map(rounds.filter((round) => round.country === country.code && round.transparency !== null).map((round) => [round.round, round.transparency]));
        return [pick(country.name, locale), ...roundYears.map((year) => own.get(year) ?? null)];
      }),
  };
};

export type EligibilityRow = { code: string; date: string; total: number | null; range?: { min: number; max: number }; outOf: number | null; kind: "data" | "derived" | "computed" | "nodata" };

export const compareEligibilityTable = (rows: ReadonlyArray<EligibilityRow>, countries: ReadonlyArray<Country>, { locale, t }: TableContext): DisplayTable => {
  const name = (code: string) => pick(countries.find((country) => country.code === code)!.name, locale);
  return {
    columns: [t("charts.columns.country"), t("charts.columns.date"), t("charts.columns.total"), t("charts.columns.outOf"), t("charts.columns.basis")],
    rows: rows.map((row) => [name(row.code), row.date.slice(0, 4), row.total ?? (row.range ? `${row.range.min}–${row.range.max}` : null), row.outOf, t(`charts.legend.${row.kind}`)]),
  };
};

/** Each peer's newest eligibility entry. */
export const latestPeerEntries = (entries: ReadonlyArray<PeerEligibility>) => [...new Map(sortByDate(entries).map((entry) => [entry.country, entry])).values()];

export type VietnamEligibility = { date: string; score: EligibilityScore; derived: boolean; computed?: boolean };

/** Vietnam first, then each peer's newest entry; a total no source gives is "no data", never 0. */
export const eligibilityRows = (vietnam: VietnamEligibility, entries: ReadonlyArray<PeerEligibility>): EligibilityRow[] => {
  const kind = (total: number | null, derived: boolean): EligibilityRow["kind"] => (total === null ? "nodata" : derived ? "derived" : "data");
  // Vietnam's computed estimate is its own kind, drawn as its range when it is one.
  const vietnamRow: EligibilityRow = vietnam.computed
    ? { code: "VN", date: vietnam.date, total: vietnam.score.total, range: vietnam.score.range, outOf: vietnam.score.applicablePoints, kind: "computed" }
    : { code: "VN", date: vietnam.date, total: vietnam.score.total, outOf: vietnam.score.applicablePoints, kind: kind(vietnam.score.total, vietnam.derived) };
  return [
    vietnamRow,
    ...latestPeerEntries(entries).map((entry) => ({ code: entry.country, date: entry.date, total: entry.total, outOf: entry.outOf, kind: kind(entry.total, entry.basis === "derived") })),
  ];
};
