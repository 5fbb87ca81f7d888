import { pick } from "../../format/localized";
import type { DemocracyIndexEdition, OpenBudgetSurveyRound, RtiRating } from "../../schemas/inputs";
import type { Mark, TimeChart } from "../description";
import { exact, periodText, rangeLabels, statusLabels, tableColumns, unique, valueText, type DescribeContext } from "./common";

const sortByRound = (rounds: ReadonlyArray<OpenBudgetSurveyRound>) => [...rounds].sort((a, b) => a.round - b.round);

/** Vietnam's Open Budget Survey transparency score by round, on a time axis. */
export const describeObs = (rounds: ReadonlyArray<OpenBudgetSurveyRound>, { t }: DescribeContext): TimeChart => {
  const marks: Mark[] = sortByRound(rounds).map((round) => ({
    id: `obs-${round.round}`,
    series: "obs",
    status: round.transparency === null ? "nodata" : "reported",
    period: { from: String(round.round), to: String(round.round) },
    value: exact(round.transparency),
    label: round.transparency === null ? t("common.noData") : String(round.transparency),
    priority: round.transparency === null ? 0 : 2,
    valueText: valueText(exact(round.transparency), 100, t),
    name: String(round.round),
    date: String(round.round),
    outOf: 100,
    sources: round.sources,
    extra: {
      budget_proposal: round.executiveBudgetProposal === null ? null : t(`charts.obs.document.${round.executiveBudgetProposal}`),
      audit_report: round.auditReport === null ? null : t(`charts.obs.document.${round.auditReport}`),
      participation: round.participation,
      oversight: round.oversight ?? (round.legislativeOversight !== null && round.auditOversight !== null ? `${round.legislativeOversight} / ${round.auditOversight}` : null),
    },
  }));
  const noData = marks.filter((mark) => mark.value === null);
  return {
    type: "time",
    id: "open-budget-survey",
    title: t("charts.obs.title"),
    subtitle: t("figure.obsSubtitle"),
    summary: t("charts.obs.summary", { items: marks.map((mark) => `${mark.name}: ${mark.value === null ? t("common.noData") : mark.label}`).join("; ") }),
    series: [{ id: "obs", shape: "column", label: t("figure.series.obs") }],
    extraColumns: [
      { key: "budget_proposal", label: t("charts.obs.budgetProposal") },
      { key: "audit_report", label: t("charts.obs.auditReport") },
      { key: "participation", label: t("charts.obs.participation") },
      { key: "oversight", label: t("charts.obs.oversight") },
    ],
    marks,
    notes: noData.length ? [t("figure.noDataList", { items: noData.map((mark) => mark.name).join(", ") })] : [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique(marks.flatMap((mark) => mark.sources)),
    tableColumns: tableColumns(t),
    valueAxis: { max: 100, ticks: [0, 25, 50, 75, 100], label: t("charts.obs.axis") },
  };
};

/** The RTI Rating of Vietnam's access-to-information law at each stage (out of 150), on a time axis. */
export const describeRti = (ratings: ReadonlyArray<RtiRating>, { locale, t }: DescribeContext): TimeChart => {
  const sorted = [...ratings].sort((a, b) => a.date.localeCompare(b.date));
  const outOf = sorted[0]?.outOf ?? 150;
  const marks: Mark[] = sorted.map((rating) => ({
    id: `rti-${rating.date}`,
    series: "rti",
    status: "reported",
    period: { from: rating.date, to: rating.date },
    value: exact(rating.score),
    label: String(rating.score),
    priority: 2,
    valueText: valueText(exact(rating.score), rating.outOf, t),
    name: pick(rating.stage, locale),
    date: rating.date,
    outOf: rating.outOf,
    sources: rating.sources,
    extra: { rank: rating.rank ? `${rating.rank.position}/${rating.rank.of}` : null },
  }));
  return {
    type: "time",
    id: "rti-rating",
    title: t("charts.rti.title"),
    subtitle: t("charts.rti.subtitle", { outOf }),
    summary: t("charts.rti.summary", { items: marks.map((mark) => `${mark.name} (${periodText(mark.date ?? "", null, locale, t)}): ${mark.valueText}`).join("; ") }),
    series: [{ id: "rti", shape: "column", label: t("figure.series.rti") }],
    extraColumns: [{ key: "rank", label: t("charts.columns.rank") }],
    marks,
    notes: [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique(marks.flatMap((mark) => mark.sources)),
    tableColumns: tableColumns(t),
    valueAxis: { max: outOf, ticks: [0, 50, 100, 150].filter((tick) => tick <= outOf), label: t("charts.rti.axis", { outOf }) },
  };
};

/** EIU scores are printed with two decimals, as the EIU publishes them. */
export const formatEiuScore = (value: number, locale: DescribeContext["locale"]) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** The EIU Democracy Index for Vietnam (0–10), a line over the years, and the civil-liberties sub-scores we have. */
export const describeEiu = (editions: ReadonlyArray<DemocracyIndexEdition>, { locale, t }: DescribeContext): TimeChart => {
  const sorted = [...editions].sort((a, b) => a.year - b.year);
  const format = (value: number) => formatEiuScore(value, locale);
  const withOverall = sorted.filter((edition): edition is typeof edition & { overall: number } => edition.overall !== null);
  const overall: Mark[] = withOverall.map((edition, index) => ({
    id: `eiu-${edition.year}`,
    series: "overall",
    status: "reported",
    period: { from: String(edition.year), to: String(edition.year) },
    value: exact(edition.overall),
    label: index === withOverall.length - 1 || index === 0 ? format(edition.overall) : null,
    priority: index === withOverall.length - 1 ? 3 : 1,
    valueText: format(edition.overall),
    name: t("charts.eiu.overall"),
    date: String(edition.year),
    outOf: 10,
    sources: edition.sources,
  }));
  const civilEditions = sorted.filter((edition): edition is typeof edition & { civilLiberties: number } => edition.civilLiberties !== null);
  const civil: Mark[] = civilEditions.map((edition, index) => ({
    id: `eiu-civil-${edition.year}`,
    series: "civil",
    status: "reported",
    period: { from: String(edition.year), to: String(edition.year) },
    value: exact(edition.civilLiberties),
    // Every value when there are a few; the first and the latest when there is a series.
    label: civilEditions.length <= 3 || index === 0 || index === civilEditions.length - 1 ? format(edition.civilLiberties) : null,
    priority: 2,
    valueText: format(edition.civilLiberties),
    name: t("charts.eiu.civilLiberties"),
    date: String(edition.year),
    outOf: 10,
    sources: "civilLibertiesSources" in edition && Array.isArray(edition.civilLibertiesSources) && edition.civilLibertiesSources.length ? edition.civilLibertiesSources : edition.sources,
    hollow: true,
  }));
  const first = withOverall[0];
  const last = withOverall.at(-1);
  return {
    type: "time",
    id: "eiu-democracy-index",
    title: t("charts.eiu.title"),
    subtitle: t("charts.eiu.subtitle"),
    summary: t("charts.eiu.summary", {
      firstYear: first?.year ?? "",
      first: first ? format(first.overall) : "",
      lastYear: last?.year ?? "",
      last: last ? format(last.overall) : "",
      civil: civil.map((mark) => `${mark.date}: ${mark.valueText}`).join("; "),
    }),
    series: [
      { id: "overall", shape: "point", label: t("charts.eiu.overall"), connected: true },
      { id: "civil", shape: "point", label: t("charts.eiu.civilLiberties") },
    ],
    marks: [...overall, ...civil],
    notes: [],
    statusLabels: statusLabels(t),
    rangeLabels: rangeLabels(t),
    sources: unique([...overall, ...civil].flatMap((mark) => mark.sources)),
    tableColumns: tableColumns(t),
    valueAxis: { max: 10, ticks: [0, 2.5, 5, 7.5, 10], label: t("charts.eiu.axis"), format: (value) => format(value).replace(/[.,]00$/, "") },
  };
};
