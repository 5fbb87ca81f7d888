import { barVerdict, scoreText } from "../format/bar-verdict";
import { pick } from "../format/localized";
import { formatPartialDate } from "../format/partial-date";
import { formatPossible } from "../format/possible-points";
import { progressShown, reachText } from "../format/reach-text";
import { criterionIds, type Locale } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { Reform } from "../schemas/reform";
import { applyReforms } from "../scoring/apply-reforms";
import { reformReach, reformsThatAdd } from "../scoring/reform-reach";
import { ruleVersionAt, ruleVersionForDataYear } from "../scoring/rule-version-at";
import { scoreAssessment, type PointRange } from "../scoring/score-assessment";
import { shortestPath } from "../scoring/shortest-path";
import { vietnamToday } from "../scoring/vietnam-today";
import { nonEmptySubsets } from "../url-state/scenario-address";
import type { Translate } from "../charts/describe/common";
import { scenarioStart } from "./scenario-pages";
import { verdictLabel, verdictPhrase, type Say } from "./share-text";

/** Everything the one-page brief prints, in one language, with the numbers it prints (for the tests). */
export type BriefContent = {
  locale: Locale;
  documentTitle: string;
  kicker: string;
  question: string;
  intro: string;
  published: { title: string; score: string; line: string } | undefined;
  computed: { title: string; score: string; verdict: string; why: string; note: string };
  criteria: { title: string; columns: [string, string, string]; rows: Array<{ name: string; needs: string; points: string }> };
  reforms: { title: string; lines: string[]; result: string; alternatives: string | undefined } | { title: string; none: string };
  valuesCheck: { title: string; text: string };
  sources: { title: string; lines: string[]; more: string };
  qr: { url: string; caption: string };
  footer: string;
  scenarioNote: string;
  /** The figures printed above, as numbers. */
  figures: { published: PointRange | undefined; publishedDate: string | undefined; computed: PointRange; dataYear: number; threshold: number; outOf: number; path: PointRange | undefined };
};

type Input = {
  dataset: Dataset;
  locale: Locale;
  /** next-intl's translator (ICU messages: plurals). */
  t: Translate;
  /** The simulator's raw templates (verdicts, reach), so the brief words a result as the site does. */
  say: Say;
  /** The site's origin and name, for the QR code, the sources link and the footer. */
  origin: string;
  licence: string;
  /** Why the latest estimate is a range, in words (components/score/computed-reasons.ts). */
  reasons: ReadonlyArray<string>;
};

const MAX_SOURCES = 8;
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`);

/**
 * The one-page brief's content from data/ through lib/: the question, the last published figure with its date, the
 * computed estimate for the latest data year with its range and why, the four criteria and what 4/4 takes, the fewest
 * reforms that surely reach the bar (and other sets as small), the Values Check, the main sources and the release.
 */
export const briefContent = ({ dataset, locale, t, say, origin, licence, reasons }: Input): BriefContent => {
  const today = vietnamToday(dataset);
  const latest = today.latest;
  if (!latest) throw new Error("briefContent: the release has no computed estimate");
  const computed = latest.computed;
  const rule = ruleVersionForDataYear(dataset.rules, computed.dataYear);
  if (!rule) throw new Error(`briefContent: no rule version for data year ${computed.dataYear}`);
  const outOf = computed.applicable.max;
  const threshold = computed.threshold.max;
  const passMark = `${rule.passMarkPercent}%`;
  const date = formatPartialDate(dataset.release.publishedOn, locale);
  const liveUrl = `${origin}/${locale}/`;

  const published = today.lastPublished;
  const publishedScore = published && scoreAssessment(published, ruleVersionAt(dataset.rules, published.date));
  const computedVerdict = barVerdict(computed.total, threshold, outOf, computed.eligibility);

  // The fewest reforms that surely reach the bar from the default start (the simulator's), and other sets as small.
  const start = scenarioStart(dataset);
  const options = { id: "brief", label: start.start.assessment.label, rule: start.rule };
  const path = shortestPath(start.start.assessment, start.setup.reforms, options);
  const idsOf = (reforms: ReadonlyArray<Reform>) => reforms.map((reform) => reform.id).sort().join(",");
  const alternatives = path
    ? nonEmptySubsets(reformsThatAdd(start.start.assessment, start.setup.reforms, start.rule))
        .filter((set) => set.length === path.reforms.length && idsOf(set) !== idsOf(path.reforms))
        .filter((set) => applyReforms(start.start.assessment, set, options).score.eligibility === "eligible")
    : [];
  const titleOf = (reform: Reform) => pick(reform.title, locale);
  const ordered = (reforms: ReadonlyArray<Reform>) => start.setup.reforms.filter((reform) => reforms.some((chosen) => chosen.id === reform.id));

  const sourceIds = [
    ...(published?.sources ?? []),
    ...rule.sources.slice(0, 1),
    ...criterionIds.flatMap((criterion) => computed.criteria[criterion].evidence.flatMap((item) => ("sources" in item ? item.sources.slice(0, 1) : []))),
    ...(path?.reforms ?? []).flatMap((reform) => reform.progressSources.slice(0, 1)),
    ...(rule.valuesCheck?.sources.slice(0, 1) ?? []),
  ];
  const sources = [...new Set(sourceIds)].flatMap((id) => dataset.sources.filter((source) => source.id === id));

  return {
    locale,
    documentTitle: t("brief.documentTitle"),
    kicker: t("brief.kicker", { date, release: dataset.release.id }),
    question: t("home.heading"),
    intro: t("brief.intro", { threshold, outOf, passMark }),
    published:
      published && publishedScore
        ? {
            title: t("brief.publishedTitle"),
            score: scoreText(publishedScore.range, publishedScore.applicablePoints),
            line: t("brief.publishedLine", { status: t(`status.${published.status}`), date: formatPartialDate(published.date, locale) }),
          }
        : undefined,
    computed: {
      title: t("brief.computedTitle", { year: computed.dataYear }),
      score: scoreText(computed.total, outOf),
      verdict: verdictLabel(say, computedVerdict),
      why: reasons.length > 0 ? t("today.whyRange", { reasons: reasons.join("; ") }) : t("today.whyExact"),
      note: t("brief.computedNote"),
    },
    criteria: {
      title: t("brief.criteriaTitle"),
      columns: [t("brief.colCriterion"), t("brief.colNeeds"), t("brief.colPoints", { year: computed.dataYear })],
      rows: criterionIds.map((criterion) => {
        const top = rule.criteria[criterion].ladder.find((step) => step.points === 4) ?? rule.criteria[criterion].ladder[0];
        const possible = computed.criteria[criterion].possible.filter((value): value is number => value !== null);
        return {
          name: t(`criteria.${criterion}`),
          needs: top ? pick(top.meaning, locale) : pick(rule.criteria[criterion].measure, locale),
          points: possible.length > 0 ? t("brief.pointsPossible", { values: formatPossible(possible, locale) }) : t("path.noData"),
        };
      }),
    },
    reforms: path
      ? {
          title: t("brief.reformsTitle"),
          lines: ordered(path.reforms).map((reform) => {
            const reach = reformReach(start.start.assessment, reform, start.rule);
            return t("brief.reformLine", { title: titleOf(reform), reach: reachText(reach, say, reform), progress: t(`path.progress.${progressShown(reform, reach)}`).toLowerCase() });
          }),
          result: t("brief.reformsResult", {
            count: path.reforms.length,
            score: scoreText(path.scenario.score.range, path.scenario.score.applicablePoints),
            verdict: verdictPhrase(say, barVerdict(path.scenario.score.range, path.scenario.score.thresholdPoints, path.scenario.score.applicablePoints, path.scenario.score.eligibility)),
          }),
          alternatives:
            alternatives.length > 0
              ? t("brief.alternatives", { count: path.reforms.length, sets: alternatives.map((set) => ordered(set).map(titleOf).join(" + ")).join("; ") })
              : undefined,
        }
      : { title: t("brief.reformsTitle"), none: t("brief.noPath") },
    valuesCheck: {
      title: t("brief.valuesCheckTitle"),
      text: t("today.valuesCheck", { result: t(`valuesCheck.${latest.assessment.valuesCheck.result}`).toLowerCase(), threshold, outOf }),
    },
    sources: {
      title: t("brief.sourcesTitle"),
      lines: sources.slice(0, MAX_SOURCES).map((source) => clip([source.publisher, source.title, source.date && formatPartialDate(source.date, locale)].filter(Boolean).join(" — "), 118)),
      more: t("brief.sourcesMore", { count: dataset.sources.length, url: `${origin}/${locale}/data/` }),
    },
    qr: { url: liveUrl, caption: t("brief.qrCaption") },
    footer: t("brief.footer", { site: t("site.name"), date, release: dataset.release.id, licence }),
    scenarioNote: t("brief.scenarioNote"),
    figures: {
      published: publishedScore?.range,
      publishedDate: published?.date,
      computed: computed.total,
      dataYear: computed.dataYear,
      threshold,
      outOf,
      path: path?.scenario.score.range,
    },
  };
};
