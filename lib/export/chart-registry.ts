import type { ChartDescription } from "../charts/description";
import { describeCriteria, describeAssessmentCriteria } from "../charts/describe/criteria";
import { describeCriterionHistory } from "../charts/describe/criterion-history";
import { describeCompareComputed, describeCompareEligibility, describeCompareObs, peerEligibilityEntries, type EligibilityEntry, type PublishedTotal } from "../charts/describe/compare";
import { describeEiu, describeObs, describeRti } from "../charts/describe/indicators";
import { describeScoreHistory, type ComputedYear } from "../charts/describe/score-history";
import type { Translate } from "../charts/describe/common";
import { chartCsvColumns, chartCsvRows, chartTable } from "../charts/table";
import { criterionSlugs } from "../format/criterion-slug";
import { criterionIds, type Locale } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { OpenBudgetSurveyRound } from "../schemas/inputs";
import { ruleVersionAt, ruleVersionForDataYear } from "../scoring/rule-version-at";
import { scoreAssessment, thresholdPoints } from "../scoring/score-assessment";
import { assessmentHistory } from "../scoring/select-assessments";
import { assessmentsWithComputed, vietnamToday } from "../scoring/vietnam-today";
import { computedDataYears } from "../scoring/computed-assessments";
import { countriesAtYear } from "../scoring/peer-computed";
import { publishedFigures } from "../scoring/published-figures";
import { evidenceSources } from "../scoring/evidence-sources";

export type { Translate };

/**
 * What a chart is drawn from. `computed` is Vietnam's computed score per OGP data year (the eligibility engine); the
 * score-history chart draws it as its own series when given.
 */
export type ChartContext = { dataset: Dataset; locale: Locale; t: Translate; computed?: ReadonlyArray<ComputedYear> };

export type ChartDefinition = {
  id: string;
  /** The page the chart lives on, without the locale ("/", "/compare/"); links back go to `<page>#<id>`. */
  page: string;
  /**
   * Suggested iframe height in CSS pixels: the embed's whole content, footer included, fits in it at 320, 400 and 700 px
   * wide (measured by the browser tests), so a plain iframe never cuts the attribution.
   */
  height: number;
  describe: (context: ChartContext) => ChartDescription;
};

const passMarkOf = (dataset: Dataset) => dataset.rules.at(-1)?.passMarkPercent ?? 75;


/** Every country the engine scores at one data year, as the compare chart draws it, with the totals published for that year. */
export const describeCompareAtYear = (dataset: Dataset, dataYear: number, { locale, t }: Pick<ChartContext, "locale" | "t">) => {
  const shown = new Set(dataset.peers.countries.filter((country) => !country.calibrationOnly).map((country) => country.code));
  const entries = countriesAtYear(dataset, dataYear).filter(({ country }) => shown.has(country)).map(({ country, computed, sourced, unsourced }) => ({
    code: country,
    total: computed.total,
    applicable: computed.applicable,
    eligibility: computed.eligibility,
    sourced,
    unsourced,
    sources: evidenceSources(sourced.flatMap((criterion) => computed.criteria[criterion].evidence)),
  }));
  const published: PublishedTotal[] = publishedFigures(dataset)
    .filter((figure) => shown.has(figure.country) && figure.dataYear === dataYear && figure.usedAsTest && figure.total !== null && figure.outOf !== null)
    .map((figure) => ({ id: figure.id, code: figure.country, total: figure.total!, outOf: figure.outOf!, status: "reported", date: String(figure.dataYear), sources: figure.sources }));
  return describeCompareComputed({ countries: dataset.peers.countries, entries, published, dataYear, passMarkPercent: passMarkOf(dataset), criterionName: (criterion) => t(`criteria.${criterion}`) }, { locale, t });
};

/**
 * The assessment the "criteria" chart shows: the computed estimate for the latest data year (a release from before
 * the eligibility engine has none, and falls back to its newest assessment with a full per-criterion split).
 */
export const criteriaAssessment = (dataset: Dataset) =>
  vietnamToday(dataset).latest?.assessment ??
  assessmentHistory(dataset.assessments).filter((assessment) => Object.values(assessment.criteria).every((score) => score.points !== null || score.basis === "not-measured")).at(-1);

/** Vietnam's EIU editions (peers' editions live in the same list, for the eligibility engine). */
export const vietnamEiu = (dataset: Dataset) => dataset.inputs.democracyIndex.filter((edition) => edition.country === "VN");

/** Vietnam's own Open Budget Survey rounds (the peers' rounds live in the same list). */
export const vietnamObsRounds = (dataset: Dataset) => dataset.inputs.openBudgetSurvey.filter((round) => round.country === "VN");

/** Vietnam's OBS rounds and the peers' rounds, once each: the dumbbell chart on the compare page. */
export const compareObsRounds = (dataset: Dataset): OpenBudgetSurveyRound[] => {
  const seen = new Set<string>();
  return [...dataset.inputs.openBudgetSurvey, ...dataset.peers.openBudgetSurvey].filter((round) => {
    const key = `${round.country}-${round.round}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Vietnam's entry in the peer eligibility chart: the computed estimate for the latest data year (a release from
 * before the engine: its newest published assessment), scored under its rules.
 */
export const vietnamEligibility = (dataset: Dataset) => {
  const today = vietnamToday(dataset);
  const latest = today.latest?.assessment ?? today.lastPublished;
  const rule = latest && (today.latest ? ruleVersionForDataYear(dataset.rules, today.latest.computed.dataYear) : ruleVersionAt(dataset.rules, latest.date));
  if (!latest || !rule) return undefined;
  return { date: latest.date, score: scoreAssessment(latest, rule), derived: latest.status === "derived", computed: latest.status === "computed", sources: latest.sources, passMarkPercent: rule.passMarkPercent };
};

const vietnamEligibilityEntry = (dataset: Dataset): EligibilityEntry | undefined => {
  const vietnam = vietnamEligibility(dataset);
  if (!vietnam) return undefined;
  const { score } = vietnam;
  const value = score.total !== null ? { min: score.total, max: score.total } : score.range.min === 0 && score.range.max === score.applicablePoints ? null : score.range;
  return { code: "VN", date: vietnam.date, value, outOf: score.applicablePoints, status: value === null ? "nodata" : vietnam.computed ? "computed" : vietnam.derived ? "derived" : "reported", sources: vietnam.sources };
};

const empty = (id: string, { t }: ChartContext): ChartDescription =>
  describeCriteria({ label: "", date: null, entries: [], sources: [], id, title: t("common.noData") }, { locale: "en", t });

const definitions: ReadonlyArray<ChartDefinition> = [
  {
    id: "score-history",
    page: "/",
    height: 740,
    // Published figures and the engine's computed years (status "computed") in one list; `computed` adds a series (tests).
    describe: ({ dataset, locale, t, computed }) => describeScoreHistory({ assessments: assessmentsWithComputed(dataset), rules: dataset.rules, computed }, { locale, t }),
  },
  {
    id: "criteria",
    page: "/",
    height: 570,
    describe: (context) => {
      const assessment = criteriaAssessment(context.dataset);
      return assessment ? describeAssessmentCriteria(assessment, context) : empty("criteria", context);
    },
  },
  { id: "open-budget-survey", page: `/criteria/${criterionSlugs.fiscalTransparency}/`, height: 660, describe: ({ dataset, locale, t }) => describeObs(vietnamObsRounds(dataset), { locale, t }) },
  { id: "rti-rating", page: `/criteria/${criterionSlugs.accessToInformation}/`, height: 660, describe: ({ dataset, locale, t }) => describeRti(dataset.inputs.rtiRating, { locale, t }) },
  { id: "eiu-democracy-index", page: `/criteria/${criterionSlugs.citizenEngagement}/`, height: 660, describe: ({ dataset, locale, t }) => describeEiu(vietnamEiu(dataset), { locale, t }) },
  ...criterionIds.map(
    (criterion): ChartDefinition => ({
      id: `history-${criterion}`,
      page: `/criteria/${criterionSlugs[criterion]}/`,
      height: 720,
      describe: ({ dataset, locale, t }) => describeCriterionHistory(assessmentsWithComputed(dataset), criterion, { locale, t }),
    }),
  ),
  { id: "compare-obs", page: "/compare/", height: 770, describe: ({ dataset, locale, t }) => describeCompareObs(dataset.peers.countries, compareObsRounds(dataset), { locale, t }) },
  {
    id: "compare-eligibility",
    page: "/compare/",
    // Fourteen countries and the notes under them: 1,439 px at 320 px wide (measured on the 2026-12-06 data).
    height: 1460,
    describe: (context) => {
      const { dataset, locale, t } = context;
      // One scale: every country at Vietnam's latest computed data year; a release from before the engine keeps the
      // published totals it showed.
      const latest = computedDataYears(dataset).at(-1);
      if (latest !== undefined) return describeCompareAtYear(dataset, latest, { locale, t });
      const vietnam = vietnamEligibilityEntry(dataset);
      if (!vietnam) return empty("compare-eligibility", context);
      const outOf = vietnam.outOf ?? 16;
      const passMarkPercent = passMarkOf(dataset);
      return describeCompareEligibility(
        { countries: dataset.peers.countries, vietnam, peers: peerEligibilityEntries(dataset.peers.eligibility), threshold: thresholdPoints(outOf, passMarkPercent), outOf, passMarkPercent },
        { locale, t },
      );
    },
  },
];

/**
 * Every chart the site can embed, share and export. To add one, append its definition here (a `describe` from
 * lib/charts/describe/); the figure, embed page, downloads and oEmbed follow.
 */
export const chartDefinitions: ReadonlyArray<ChartDefinition> = definitions;

export const chartIds = chartDefinitions.map((chart) => chart.id);
export const isChartId = (value: unknown): value is string => typeof value === "string" && chartIds.includes(value);
export const chartDefinition = (id: string) => chartDefinitions.find((chart) => chart.id === id);

/** Every chart's description (previews, tests). */
export const describeAllCharts = (dataset: Dataset, { locale, t }: { locale: Locale; t: Translate }, options: { computed?: ReadonlyArray<ComputedYear> } = {}) =>
  chartDefinitions.map((chart) => chart.describe({ dataset, locale, t, computed: options.computed }));

/** The threshold the score charts draw, for texts that need it (OG images). */
export const scoreThreshold = (dataset: Dataset) => {
  const vietnam = vietnamEligibility(dataset);
  if (!vietnam) return undefined;
  return { total: vietnam.score.total, outOf: vietnam.score.applicablePoints, threshold: thresholdPoints(vietnam.score.applicablePoints, vietnam.passMarkPercent), passMarkPercent: vietnam.passMarkPercent, date: vietnam.date };
};

/** The chart's data for downloads: title, the marks as CSV rows (one per mark), sources and the release. */
export const chartData = (chart: ChartDefinition, context: ChartContext) => {
  const description = chart.describe(context);
  return {
    chart: chart.id,
    locale: context.locale,
    release: context.dataset.release.id,
    title: description.title,
    subtitle: description.subtitle,
    notes: description.notes,
    columns: chartCsvColumns(description),
    rows: chartCsvRows(description, context.dataset.sources),
    table: chartTable(description, context),
    sources: description.sources,
    description,
  };
};
