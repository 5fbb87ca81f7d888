import type { Assessment } from "../schemas/assessment";
import type { Reform } from "../schemas/reform";
import { applyReforms, type Scenario } from "./apply-reforms";
import type { ScoringRule } from "./score-assessment";

export type ShortestPath = {
  reforms: Reform[];
  scenario: Scenario;
  /** Other sets that rank exactly as well (same size, as many confirmed points, as many reforms done). */
  ties: Reform[][];
};

/** More reforms than this would make the search (2^n sets) too slow for a page build; the data has a handful. */
const MAX_REFORMS = 16;

const subsetsOf = <T>(items: ReadonlyArray<T>): T[][] =>
  items.reduce<T[][]>((subsets, item) => [...subsets, ...subsets.map((subset) => [...subset, item])], [[]]);

const rankOf = (reforms: ReadonlyArray<Reform>) => [
  reforms.length,
  reforms.filter((reform) => !reform.pointsConfirmed).length,
  reforms.filter((reform) => reform.progress !== "done").length,
];

const compareRanks = (a: number[], b: number[]) => a.reduce((order, value, index) => order || value - b[index], 0);
const idsOf = (reforms: ReadonlyArray<Reform>) => reforms.map((reform) => reform.id).sort().join(",");

/**
 * The smallest set of reforms that surely reaches the pass mark (the lowest possible total is at or above it),
 * preferring sets whose points are confirmed, then sets of reforms already done; ids break the last tie so the
 * answer never depends on the order of the data. null when no set of reforms reaches the bar.
 */
export const shortestPath = (base: Assessment, reforms: ReadonlyArray<Reform>, options: { id: string; label: Assessment["label"]; rule?: ScoringRule }): ShortestPath | null => {
  const unique = [...new Map(reforms.map((reform) => [reform.id, reform])).values()].sort((a, b) => a.id.localeCompare(b.id));
  if (unique.length > MAX_REFORMS) throw new Error(`shortestPath: at most ${MAX_REFORMS} reforms, found ${unique.length}`);
  const reaching = subsetsOf(unique)
    .map((subset) => ({ subset, rank: rankOf(subset), scenario: applyReforms(base, subset, options) }))
    .filter(({ scenario }) => scenario.score.eligibility === "eligible")
    .sort((a, b) => compareRanks(a.rank, b.rank) || idsOf(a.subset).localeCompare(idsOf(b.subset)));
  const best = reaching[0];
  if (!best) return null;
  return {
    reforms: best.subset,
    scenario: best.scenario,
    ties: reaching.slice(1).filter(({ rank }) => compareRanks(rank, best.rank) === 0).map(({ subset }) => subset),
  };
};
