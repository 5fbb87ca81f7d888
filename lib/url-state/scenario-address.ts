import type { LocalizedText } from "../schemas/common";
import type { PathState } from "./path-state";

/**
 * The address of a scenario page from the simulator's default start: "/path/with/<reform>/<reform>/", the reform ids
 * in the data's order (the order the simulator lists them), so a set of reforms has exactly one address and every
 * shorter prefix of it is a page too. The empty set is the simulator itself, "/path/".
 */
export const SCENARIO_PATH_PREFIX = "/path/with/";

export const scenarioPagePath = (reformIds: ReadonlyArray<string>, order: ReadonlyArray<string>): string => {
  const sorted = order.filter((id) => reformIds.includes(id));
  return sorted.length === 0 ? "/path/" : `${SCENARIO_PATH_PREFIX}${sorted.join("/")}/`;
};

/** The reform ids of a scenario page path ("/path/with/a/b/" → ["a", "b"]); undefined for any other path. */
export const reformIdsOfScenarioPath = (path: string): string[] | undefined => {
  if (!path.startsWith(SCENARIO_PATH_PREFIX) || !path.endsWith("/")) return undefined;
  const ids = path.slice(SCENARIO_PATH_PREFIX.length, -1).split("/");
  return ids.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) ? ids : undefined;
};

/** Every non-empty subset of the ids, each in the given order, smallest first and then in list order. */
export const nonEmptySubsets = <T>(items: ReadonlyArray<T>): T[][] => {
  const subsets = items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]).slice(1);
  const rank = (subset: T[]) => subset.map((item) => items.indexOf(item));
  return subsets.sort((a, b) => a.length - b.length || rank(a).reduce((order, index, i) => order || index - rank(b)[i], 0));
};

/**
 * What the simulator needs to give a page's address for its state (small and serialisable, for the client): the
 * default start, the reform order, and the named scenarios' states (their reforms that add points, in order).
 */
export type ScenarioAddressBook = {
  defaultBase: string;
  order: string[];
  named: Array<{ id: string; base: string; reforms: string[]; title: LocalizedText }>;
};

const sameSet = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The page (path without the locale) that shows exactly this state, or undefined when none does: a named scenario
 * with the same start and the same reforms that add points, else, from the default start, its combination's page.
 * `adding` lists the reforms that add points from the state's own start (reforms that add nothing never change it).
 */
export const pagePathForState = (state: PathState, adding: ReadonlyArray<string>, book: ScenarioAddressBook): string | undefined => {
  const effective = state.reforms.filter((id) => adding.includes(id));
  const named = book.named.find((candidate) => candidate.base === state.base && sameSet(candidate.reforms, effective));
  if (named) return `/path/${named.id}/`;
  if (state.base === book.defaultBase) return scenarioPagePath(effective, book.order);
  return undefined;
};

/**
 * The state a page's address stands for (its path without the locale), or undefined for any other path: a
 * combination's page is its reforms from the default start, a named scenario's page its start and reforms. The
 * simulator shows such an address once its state matches the page (so a copied address carries that page's
 * preview), and reads its state back from it on Back and Forward.
 */
export const stateOfPagePath = (path: string, book: ScenarioAddressBook): PathState | undefined => {
  const ids = reformIdsOfScenarioPath(path);
  if (ids) return ids.every((id) => book.order.includes(id)) ? { base: book.defaultBase, reforms: book.order.filter((id) => ids.includes(id)) } : undefined;
  const named = book.named.find((candidate) => path === `/path/${candidate.id}/`);
  return named && { base: named.base, reforms: [...named.reforms] };
};
