import { criterionSlugs } from "../format/criterion-slug";
import { pick } from "../format/localized";
import { criterionIds, type CriterionId, type Locale } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { OpenBudgetSurveyRound } from "../schemas/inputs";
import { ruleVersionAt, ruleVersionForDataYear } from "../scoring/rule-version-at";
import { scoreAssessment, thresholdPoints } from "../scoring/score-assessment";
import { assessmentHistory } from "../scoring/select-assessments";
import { assessmentsWithComputed, vietnamToday } from "../scoring/vietnam-today";
import {
  compareEligibilityTable,
  compareObsTable,
  criteriaTable,
  criterionHistoryTable,
  eiuTable,
  eligibilityRows,
  latestPeerEntries,
  obsTable,
  rtiTable,
  scoreHistoryTable,
  sortByDate,
  sortByRound,
  type DisplayTable,
  type Translate,
} from "./chart-tables";

export type ChartContext = { dataset: Dataset; locale: Locale; t: Translate };

export type ChartDefinition = {
  id: string;
  /** The page the chart lives on, without the locale ("/", "/compare/"); links back go to `<page>#<id>`. */
  page: string;
  /** Suggested iframe height in CSS pixels: the embed fits without scrolling from 400 px wide up (measured by the e2e test at 400 and 700). */
  height: number;
  title: (context: ChartContext) => string;
  subtitle: (context: ChartContext) => string;
  table: (context: ChartContext) => DisplayTable;
  sourceIds: (dataset: Dataset) => ReadonlyArray<string>;
};

const passMarkOf = (dataset: Dataset) => `${dataset.rules.at(-1)?.passMarkPercent}%`;

const scoreHistoryChart: ChartDefinition = {
  id: "score-history",
  page: "/",
  height: 910,
  title: ({ t }) => t("charts.scoreHistory.title"),
  subtitle: ({ dataset, t }) => t("charts.scoreHistory.subtitle", { passMark: passMarkOf(dataset) }),
  table: ({ dataset, locale, t }) => scoreHistoryTable(assessmentsWithComputed(dataset), dataset.rules, { locale, t }),
  sourceIds: (dataset) => assessmentsWithComputed(dataset).flatMap((assessment) => assessment.sources),
};

/**
 * The assessment the "criteria" chart shows: the computed estimate for the latest data year (a release from before
 * the eligibility engine has none, and falls back to its newest assessment with a full per-criterion split).
 */
export const criteriaAssessment = (dataset: Dataset) =>
  vietnamToday(dataset).latest?.assessment ??
  assessmentHistory(dataset.assessments).filter((assessment) => Object.values(assessment.criteria).every((score) => score.points !== null || score.basis === "not-measured")).at(-1);

const criteriaChart: ChartDefinition = {
  id: "criteria",
  page: "/",
  height: 840,
  title: ({ t }) => t("charts.criteria.title"),
  subtitle: ({ dataset, locale, t }) => {
    const assessment = criteriaAssessment(dataset);
    return assessment ? t("charts.criteria.subtitle", { label: pick(assessment.label, locale) }) : "";
  },
  table: ({ dataset, locale, t }) => criteriaTable(criteriaAssessment(dataset), { locale, t }),
  sourceIds: (dataset) => {
    const assessment = criteriaAssessment(dataset);
    return assessment ? [...assessment.sources, ...criterionIds.flatMap((criterion) => assessment.criteria[criterion].sources)] : [];
  },
};

/** Vietnam's own Open Budget Survey rounds (the peers' rounds live in the same list). */
export const vietnamObsRounds = (dataset: Dataset) => dataset.inputs.openBudgetSurvey.filter((round) => round.country === "VN");
const sortedObs = (dataset: Dataset) => sortByRound(vietnamObsRounds(dataset));

const obsChart: ChartDefinition = {
  id: "open-budget-survey",
  page: `/criteria/${criterionSlugs.fiscalTransparency}/`,
  height: 1060,
  title: ({ t }) => t("charts.obs.title"),
  subtitle: ({ t }) => t("charts.obs.subtitle"),
  table: ({ dataset, locale, t }) => obsTable(vietnamObsRounds(dataset), { locale, t }),
  sourceIds: (dataset) => sortedObs(dataset).flatMap((round) => round.sources),
};

const sortedRti = (dataset: Dataset) => sortByDate(dataset.inputs.rtiRating);

const rtiChart: ChartDefinition = {
  id: "rti-rating",
  page: `/criteria/${criterionSlugs.accessToInformation}/`,
  height: 780,
  title: ({ t }) => t("charts.rti.title"),
  subtitle: ({ dataset, t }) => t("charts.rti.subtitle", { outOf: sortedRti(dataset)[0]?.outOf ?? 0 }),
  table: ({ dataset, locale, t }) => rtiTable(dataset.inputs.rtiRating, { locale, t }),
  sourceIds: (dataset) => sortedRti(dataset).flatMap((rating) => rating.sources),
};

/** Vietnam's EIU editions (peers' editions live in the same list, for the eligibility engine). */
export const vietnamEiu = (dataset: Dataset) => dataset.inputs.democracyIndex.filter((edition) => edition.country === "VN");

const eiuChart: ChartDefinition = {
  id: "eiu-democracy-index",
  page: `/criteria/${criterionSlugs.citizenEngagement}/`,
  height: 760,
  title: ({ t }) => t("charts.eiu.title"),
  subtitle: ({ t }) => t("charts.eiu.subtitle"),
  table: ({ dataset, locale, t }) => eiuTable(vietnamEiu(dataset), { locale, t }),
  sourceIds: (dataset) => vietnamEiu(dataset).flatMap((edition) => [...edition.sources, ...edition.civilLibertiesSources]),
};

const criterionHistoryChart = (criterion: CriterionId): ChartDefinition => ({
  id: `history-${criterion}`,
  page: `/criteria/${criterionSlugs[criterion]}/`,
  height: 910,
  title: ({ t }) => t("charts.criterionHistory.title", { criterion: t(`criteria.${criterion}`) }),
  subtitle: ({ t }) => t("charts.criterionHistory.subtitle"),
  table: ({ dataset, locale, t }) => criterionHistoryTable(assessmentsWithComputed(dataset), criterion, { locale, t }),
  sourceIds: (dataset) => assessmentHistory(assessmentsWithComputed(dataset)).flatMap((a) => (a.criteria[criterion].sources.length ? a.criteria[criterion].sources : a.sources)),
});

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

const compareObsChart: ChartDefinition = {
  id: "compare-obs",
  page: "/compare/",
  height: 1300,
  title: ({ t }) => t("charts.compareObs.title"),
  subtitle: ({ t }) => t("charts.compareObs.subtitle"),
  table: ({ dataset, locale, t }) => compareObsTable(dataset.peers.countries, compareObsRounds(dataset), { locale, t }),
  sourceIds: (dataset) => compareObsRounds(dataset).flatMap((round) => round.sources),
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

const compareEligibilityChart: ChartDefinition = {
  id: "compare-eligibility",
  page: "/compare/",
  height: 1080,
  title: ({ t }) => t("charts.compareEligibility.title"),
  subtitle: ({ t }) => t("charts.compareEligibility.subtitle"),
  table: ({ dataset, locale, t }) => {
    const vietnam = vietnamEligibility(dataset);
    return vietnam ? compareEligibilityTable(eligibilityRows(vietnam, dataset.peers.eligibility), dataset.peers.countries, { locale, t }) : { columns: [], rows: [] };
  },
  sourceIds: (dataset) => [...(vietnamEligibility(dataset)?.sources ?? []), ...latestPeerEntries(dataset.peers.eligibility).flatMap((entry) => entry.sources)],
};

/**
 * Every chart the site can embed, share and export. To add one (e.g. the path/scenario figure), append its
 * definition here and render it in components/export/chart-figure.tsx; embeds, downloads and oEmbed follow.
 */
export const chartDefinitions: ReadonlyArray<ChartDefinition> = [
  scoreHistoryChart,
  criteriaChart,
  obsChart,
  rtiChart,
  eiuChart,
  ...criterionIds.map(criterionHistoryChart),
  compareObsChart,
  compareEligibilityChart,
];

export const chartIds = chartDefinitions.map((chart) => chart.id);
export const isChartId = (value: unknown): value is string => typeof value === "string" && chartIds.includes(value);
export const chartDefinition = (id: string) => chartDefinitions.find((chart) => chart.id === id);

/** The threshold the score charts draw, for texts that need it (OG images). */
export const scoreThreshold = (dataset: Dataset) => {
  const vietnam = vietnamEligibility(dataset);
  if (!vietnam) return undefined;
  return { total: vietnam.score.total, outOf: vietnam.score.applicablePoints, threshold: thresholdPoints(vietnam.score.applicablePoints, vietnam.passMarkPercent), passMarkPercent: vietnam.passMarkPercent, date: vietnam.date };
};

/** The chart's data for downloads: title, columns, rows, sources and the release it was built from. */
export const chartData = (chart: ChartDefinition, context: ChartContext) => ({
  chart: chart.id,
  locale: context.locale,
  release: context.dataset.release.id,
  title: chart.title(context),
  subtitle: chart.subtitle(context),
  ...chart.table(context),
  sources: [...new Set(chart.sourceIds(context.dataset))],
});
