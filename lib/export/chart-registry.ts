import { scoreHistory } from "../charts/score-history";
import { criterionSlugs } from "../format/criterion-slug";
import { pick } from "../format/localized";
import { formatPartialDate } from "../format/partial-date";
import type { Assessment } from "../schemas/assessment";
import { criterionIds, type CriterionId, type Locale } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { OpenBudgetSurveyRound } from "../schemas/inputs";
import { ruleVersionAt } from "../scoring/rule-version-at";
import { POINTS_PER_CRITERION, scoreAssessment, thresholdPoints } from "../scoring/score-assessment";
import { assessmentHistory, latestAssessment, latestWithCriteria } from "../scoring/select-assessments";

/** A translation function handed in by the caller (next-intl on pages, createTranslator in scripts): lib/ never translates. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type TableCell = string | number | null;
/** The numbers a chart displays, exactly as its data table shows them: the source of CSV, JSON and the embed table. */
export type DisplayTable = { columns: ReadonlyArray<string>; rows: ReadonlyArray<ReadonlyArray<TableCell>> };

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
  table: ({ dataset, locale, t }) => {
    const points = scoreHistory(dataset.assessments, dataset.rules);
    const byId = new Map(dataset.assessments.map((assessment) => [assessment.id, assessment]));
    return {
      columns: [t("charts.columns.assessment"), t("charts.columns.date"), t("charts.columns.status"), t("charts.columns.total"), t("charts.columns.outOf"), t("charts.columns.threshold")],
      rows: points.map((point) => [
        pick(byId.get(point.id)!.label, locale),
        formatPartialDate(point.date, locale),
        t(`status.${point.status}`),
        point.total ?? (point.range.min === point.range.max ? point.range.min : null),
        point.outOf,
        point.threshold,
      ]),
    };
  },
  sourceIds: (dataset) => dataset.assessments.flatMap((assessment) => assessment.sources),
};

/** The assessment the "criteria" chart shows: the newest one with a per-criterion split. */
export const criteriaAssessment = (dataset: Dataset) => latestWithCriteria(dataset.assessments);

const criteriaChart: ChartDefinition = {
  id: "criteria",
  page: "/",
  height: 840,
  title: ({ t }) => t("charts.criteria.title"),
  subtitle: ({ dataset, locale, t }) => {
    const assessment = criteriaAssessment(dataset);
    return assessment ? t("charts.criteria.subtitle", { label: pick(assessment.label, locale) }) : "";
  },
  table: ({ dataset, t }) => {
    const assessment = criteriaAssessment(dataset);
    return {
      columns: [t("charts.columns.criterion"), t("charts.columns.points"), t("charts.columns.outOf"), t("charts.columns.basis")],
      rows: assessment ? criterionIds.map((criterion) => [t(`criteria.${criterion}`), assessment.criteria[criterion].points, POINTS_PER_CRITERION, t(`basis.${assessment.criteria[criterion].basis}`)]) : [],
    };
  },
  sourceIds: (dataset) => {
    const assessment = criteriaAssessment(dataset);
    return assessment ? [...assessment.sources, ...criterionIds.flatMap((criterion) => assessment.criteria[criterion].sources)] : [];
  },
};

const sortedObs = (dataset: Dataset) => dataset.inputs.openBudgetSurvey.filter((round) => round.country === "VN").sort((a, b) => a.round - b.round);

const obsChart: ChartDefinition = {
  id: "open-budget-survey",
  page: `/criteria/${criterionSlugs.fiscalTransparency}/`,
  height: 1060,
  title: ({ t }) => t("charts.obs.title"),
  subtitle: ({ t }) => t("charts.obs.subtitle"),
  table: ({ dataset, t }) => {
    const docText = (status: OpenBudgetSurveyRound["executiveBudgetProposal"]) => (status === null ? null : t(`charts.obs.document.${status}`));
    return {
      columns: [t("charts.columns.round"), t("charts.obs.transparency"), t("charts.obs.budgetProposal"), t("charts.obs.auditReport"), t("charts.obs.participation"), t("charts.obs.oversight")],
      rows: sortedObs(dataset).map((round) => [
        String(round.round),
        round.transparency,
        docText(round.executiveBudgetProposal),
        docText(round.auditReport),
        round.participation,
        round.oversight ?? (round.legislativeOversight !== null && round.auditOversight !== null ? `${round.legislativeOversight} / ${round.auditOversight}` : null),
      ]),
    };
  },
  sourceIds: (dataset) => sortedObs(dataset).flatMap((round) => round.sources),
};

const sortedRti = (dataset: Dataset) => [...dataset.inputs.rtiRating].sort((a, b) => a.date.localeCompare(b.date));

const rtiChart: ChartDefinition = {
  id: "rti-rating",
  page: `/criteria/${criterionSlugs.accessToInformation}/`,
  height: 780,
  title: ({ t }) => t("charts.rti.title"),
  subtitle: ({ dataset, t }) => t("charts.rti.subtitle", { outOf: sortedRti(dataset)[0]?.outOf ?? 0 }),
  table: ({ dataset, locale, t }) => ({
    columns: [t("charts.columns.stage"), t("charts.columns.date"), t("charts.columns.score"), t("charts.columns.outOf"), t("charts.columns.rank")],
    rows: sortedRti(dataset).map((rating) => [pick(rating.stage, locale), formatPartialDate(rating.date, locale), rating.score, rating.outOf, rating.rank ? `${rating.rank.position}/${rating.rank.of}` : null]),
  }),
  sourceIds: (dataset) => sortedRti(dataset).flatMap((rating) => rating.sources),
};

const eiuChart: ChartDefinition = {
  id: "eiu-democracy-index",
  page: `/criteria/${criterionSlugs.citizenEngagement}/`,
  height: 760,
  title: ({ t }) => t("charts.eiu.title"),
  subtitle: ({ t }) => t("charts.eiu.subtitle"),
  table: ({ dataset, locale, t }) => {
    const format = (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    return {
      columns: [t("charts.columns.year"), t("charts.eiu.overall"), t("charts.eiu.civilLiberties")],
      rows: [...dataset.inputs.democracyIndex]
        .sort((a, b) => a.year - b.year)
        .map((edition) => [String(edition.year), format(edition.overall), edition.civilLiberties === null ? null : format(edition.civilLiberties)]),
    };
  },
  sourceIds: (dataset) => dataset.inputs.democracyIndex.flatMap((edition) => edition.sources),
};

const criterionHistory = (assessments: ReadonlyArray<Assessment>) => assessmentHistory(assessments);

const criterionHistoryChart = (criterion: CriterionId): ChartDefinition => ({
  id: `history-${criterion}`,
  page: `/criteria/${criterionSlugs[criterion]}/`,
  height: 910,
  title: ({ t }) => t("charts.criterionHistory.title", { criterion: t(`criteria.${criterion}`) }),
  subtitle: ({ t }) => t("charts.criterionHistory.subtitle"),
  table: ({ dataset, locale, t }) => ({
    columns: [t("charts.columns.assessment"), t("charts.columns.date"), t("charts.columns.points"), t("charts.columns.basis")],
    rows: criterionHistory(dataset.assessments).map((a) => [pick(a.label, locale), formatPartialDate(a.date, locale), a.criteria[criterion].points, t(`basis.${a.criteria[criterion].basis}`)]),
  }),
  sourceIds: (dataset) => criterionHistory(dataset.assessments).flatMap((a) => (a.criteria[criterion].sources.length ? a.criteria[criterion].sources : a.sources)),
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
  table: ({ dataset, locale, t }) => {
    const rounds = compareObsRounds(dataset);
    const roundYears = [...new Set(rounds.map((round) => round.round))].sort();
    return {
      columns: [t("charts.columns.country"), ...roundYears.map(String)],
      rows: dataset.peers.countries
        .filter((country) => country.asean)
        .map((country) => {
          const own = new Map(rounds.filter((round) => round.country === country.code && round.transparency !== null).map((round) => [round.round, round.transparency]));
          return [pick(country.name, locale), ...roundYears.map((year) => own.get(year) ?? null)];
        }),
    };
  },
  sourceIds: (dataset) => compareObsRounds(dataset).flatMap((round) => round.sources),
};

/** Vietnam's entry in the peer eligibility chart: the newest assessment that is not a forecast, scored under its rules. */
export const vietnamEligibility = (dataset: Dataset) => {
  const latest = latestAssessment(dataset.assessments);
  const rule = latest && ruleVersionAt(dataset.rules, latest.date);
  if (!latest || !rule) return undefined;
  return { date: latest.date, score: scoreAssessment(latest, rule), derived: latest.status === "derived", sources: latest.sources, passMarkPercent: rule.passMarkPercent };
};

const latestPeerEntries = (dataset: Dataset) => [...new Map([...dataset.peers.eligibility].sort((a, b) => a.date.localeCompare(b.date)).map((entry) => [entry.country, entry])).values()];

const compareEligibilityChart: ChartDefinition = {
  id: "compare-eligibility",
  page: "/compare/",
  height: 1080,
  title: ({ t }) => t("charts.compareEligibility.title"),
  subtitle: ({ t }) => t("charts.compareEligibility.subtitle"),
  table: ({ dataset, locale, t }) => {
    const vietnam = vietnamEligibility(dataset);
    if (!vietnam) return { columns: [], rows: [] };
    const outOf = vietnam.score.applicablePoints;
    const name = (code: string) => pick(dataset.peers.countries.find((country) => country.code === code)!.name, locale);
    const rows = [
      { code: "VN", date: vietnam.date, total: vietnam.score.total, outOf: outOf as number | null, derived: vietnam.derived },
      ...latestPeerEntries(dataset).map((entry) => ({ code: entry.country, date: entry.date, total: entry.total, outOf: entry.outOf as number | null, derived: entry.basis === "derived" })),
    ];
    const kind = (row: (typeof rows)[number]) => (row.total === null ? "nodata" : row.derived ? "derived" : "data");
    return {
      columns: [t("charts.columns.country"), t("charts.columns.date"), t("charts.columns.total"), t("charts.columns.outOf"), t("charts.columns.basis")],
      rows: rows.map((row) => [name(row.code), row.date.slice(0, 4), row.total, row.outOf, t(`charts.legend.${kind(row)}`)]),
    };
  },
  sourceIds: (dataset) => [...(vietnamEligibility(dataset)?.sources ?? []), ...latestPeerEntries(dataset).flatMap((entry) => entry.sources)],
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
