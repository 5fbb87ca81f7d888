import type { Dataset } from "../schemas/dataset";
import type { Reform } from "../schemas/reform";
import { applyReforms, type Scenario } from "../scoring/apply-reforms";
import { resolveNamedScenario } from "../scoring/named-scenario";
import { reformReach, reformsThatAdd, type ReformReach } from "../scoring/reform-reach";
import type { ScoringRule } from "../scoring/score-assessment";
import { simulatorSetup, type SimulatorBase, type SimulatorSetup } from "../scoring/simulator-setup";
import { computedAssessments } from "../scoring/vietnam-today";
import { nonEmptySubsets, scenarioPagePath, type ScenarioAddressBook } from "../url-state/scenario-address";

type Data = Pick<Dataset, "release" | "questions" | "rules" | "assessments" | "peers" | "sources" | "inputs" | "reforms" | "scenarios">;

export type ScenarioStart = {
  setup: SimulatorSetup;
  /** The simulator's default start: the computed estimate for the latest data year. */
  start: SimulatorBase;
  rule: ScoringRule | undefined;
  /** Each reform with what it can do from the start, in the data's order. */
  reaches: Array<{ reform: Reform; reach: ReformReach }>;
};

const cache = new WeakMap<object, ScenarioStart>();

/** The default start and what each reform can add from it; every scenario page is built from this. */
export const scenarioStart = (data: Data): ScenarioStart => {
  const cached = cache.get(data);
  if (cached) return cached;
  const setup = simulatorSetup(data);
  const start = setup.bases.find((base) => base.assessment.id === setup.defaultBase)!;
  const rule = start.rule ?? undefined;
  const result = { setup, start, rule, reaches: setup.reforms.map((reform) => ({ reform, reach: reformReach(start.assessment, reform, rule) })) };
  cache.set(data, result);
  return result;
};

export type ScenarioPage = {
  /** "/path/with/<id>/<id>/" (without the locale). */
  path: string;
  /** The URL segments after "/path/with/". */
  segments: string[];
  reforms: Reform[];
  scenario: Scenario;
};

/** Applies reforms to the default start, as the simulator does for the same choice. */
export const scenarioFromStart = (start: ScenarioStart, reforms: ReadonlyArray<Reform>): Scenario =>
  applyReforms(start.start.assessment, reforms, { id: "simulator", label: start.start.assessment.label, rule: start.rule });

/**
 * One page per combination of reforms from the default start. A reform that cannot add points from there (e.g. a law
 * already in force) makes no combination of its own: a set with it is the same scenario as the set without it, so it
 * shares that page. The empty set is the simulator page itself.
 */
const pagesCache = new WeakMap<object, ScenarioPage[]>();

export const scenarioPages = (data: Data): ScenarioPage[] => {
  const cached = pagesCache.get(data);
  if (cached) return cached;
  const start = scenarioStart(data);
  const adding = reformsThatAdd(start.start.assessment, start.setup.reforms, start.rule);
  const order = start.setup.reforms.map((reform) => reform.id);
  const pages = nonEmptySubsets(adding).map((reforms) => {
    const path = scenarioPagePath(reforms.map((reform) => reform.id), order);
    return { path, segments: reforms.map((reform) => reform.id), reforms, scenario: scenarioFromStart(start, reforms) };
  });
  pagesCache.set(data, pages);
  return pages;
};

/** The scenario page of a path ("/path/with/a/b/"), if there is one. */
export const scenarioPageAt = (data: Data, path: string) => scenarioPages(data).find((page) => page.path === path);

/** The address book of this release (see ScenarioAddressBook). */
export const scenarioAddressBook = (data: Data): ScenarioAddressBook => {
  const start = scenarioStart(data);
  const computed = computedAssessments(data);
  const order = start.setup.reforms.map((reform) => reform.id);
  return {
    defaultBase: start.setup.defaultBase,
    order,
    named: data.scenarios.map((named) => {
      const resolved = resolveNamedScenario(named, { ...data, computed });
      const adding = reformsThatAdd(resolved.base, resolved.scenario.reforms, resolved.rule);
      return { id: named.id, base: resolved.base.id, reforms: order.filter((id) => adding.some((reform) => reform.id === id)), title: named.title };
    }),
  };
};
