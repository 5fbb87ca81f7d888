import { barVerdict, scoreText } from "../format/bar-verdict";
import { pick } from "../format/localized";
import { formatPartialDate } from "../format/partial-date";
import type { Locale } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { Scenario } from "../scoring/apply-reforms";
import { resolveNamedScenario } from "../scoring/named-scenario";
import { scoreAssessment, type PointRange, type ScoringRule } from "../scoring/score-assessment";
import { computedAssessments } from "../scoring/vietnam-today";
import { reformIdsOfScenarioPath } from "../url-state/scenario-address";
import { scenarioFromStart, scenarioPageAt, scenarioStart } from "./scenario-pages";
import type { ScenarioCardInput } from "./scenario-og-card";
import { verdictLabel, type Say } from "./share-text";

/** What a scenario card draws, apart from colours and host: the numbers come from lib/scoring, as on the page. */
export type ScenarioCardContent = Omit<ScenarioCardInput, "colours" | "host" | "siteName"> & { mode: "scenario" | "start" };

type Data = Dataset;

const cardOf = (say: Say, locale: Locale, data: Data, title: string, scenario: Scenario, rule: ScoringRule | undefined, mode: "scenario" | "start"): ScenarioCardContent => {
  const start = scoreAssessment(scenario.base, rule).range;
  const { range, thresholdPoints: threshold, applicablePoints: outOf, eligibility } = scenario.score;
  const shown: PointRange = mode === "start" ? start : range;
  const verdict = barVerdict(shown, threshold, outOf, eligibility);
  const passMark = rule?.passMarkPercent ?? 75;
  return {
    mode,
    whatIf: say(mode === "start" ? "card.simulator" : "card.whatIf"),
    title,
    start: { label: pick(scenario.base.label, locale), range: start },
    scenario: { range: shown, verdict, verdictLabel: verdictLabel(say, verdict) },
    barLabels: { start: say("card.startBar"), scenario: say(mode === "start" ? "card.startBar" : "card.scenarioBar") },
    threshold,
    outOf,
    thresholdLabel: say("thresholdLabel", { threshold, outOf, passMark: `${passMark}%` }),
    footer: [
      say("card.startsFrom", { start: pick(scenario.base.label, locale), score: scoreText(start, outOf) }),
      say("card.release", { date: formatPartialDate(data.release.publishedOn, locale), release: data.release.id }),
    ],
  };
};

/** The reform titles of a scenario, in the simulator's order, joined as the page's heading joins them. */
export const reformTitles = (scenario: Pick<Scenario, "reforms">, order: ReadonlyArray<string>, locale: Locale) =>
  order.flatMap((id) => scenario.reforms.filter((reform) => reform.id === id).map((reform) => pick(reform.title, locale)));

/**
 * The card of a page under /path/ (its path without the locale): the simulator's own page shows the default start;
 * a named scenario and a combination's page show their result against the bar. undefined for any other page.
 */
export const scenarioCardContent = (data: Data, locale: Locale, say: Say, path: string): ScenarioCardContent | undefined => {
  const start = scenarioStart(data);
  const order = start.setup.reforms.map((reform) => reform.id);
  if (path === "/path/") {
    return cardOf(say, locale, data, say("card.simulatorTitle"), scenarioFromStart(start, []), start.rule, "start");
  }
  if (reformIdsOfScenarioPath(path)) {
    const page = scenarioPageAt(data, path);
    if (!page) return undefined;
    return cardOf(say, locale, data, reformTitles(page.scenario, order, locale).join(say("sharing.reformJoin")), page.scenario, start.rule, "scenario");
  }
  const id = /^\/path\/([^/]+)\/$/.exec(path)?.[1];
  const named = id && data.scenarios.find((scenario) => scenario.id === id);
  if (!named) return undefined;
  const resolved = resolveNamedScenario(named, { ...data, computed: computedAssessments(data) });
  return cardOf(say, locale, data, pick(named.title, locale), resolved.scenario, resolved.rule, "scenario");
};
