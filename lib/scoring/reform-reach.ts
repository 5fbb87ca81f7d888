import type { Assessment } from "../schemas/assessment";
import type { Reform } from "../schemas/reform";
import type { CriterionId } from "../schemas/common";
import { criterionIds } from "../schemas/ids";
import { applyReforms, pointsAfterReforms, type Scenario } from "./apply-reforms";
import { possibleCompletions, type PointRange, type ScoringRule } from "./score-assessment";

/**
 * What one reform can do from a starting assessment:
 * - "adds": it adds points in at least one reading of the start (`gain` is the range over them);
 * - "reached": the criterion already has what the reform would give, in every reading (`points` are its points at
 *   the start, e.g. 4–4 for an access-to-information law Vietnam already has), so it adds nothing;
 * - "not-measured": OGP does not measure the criterion at this start, so no reform on it can count.
 */
export type ReformReach =
  | { kind: "adds"; gain: PointRange }
  | { kind: "reached"; points: PointRange }
  | { kind: "not-measured" };

const rangeOf = (values: ReadonlyArray<number>): PointRange => ({ min: Math.min(...values), max: Math.max(...values) });

/** The values a criterion can have at the start: its points, or every value the rules and the known total allow. */
const startValues = (base: Assessment, criterion: Reform["criterion"], rule?: ScoringRule): number[] => {
  const known = base.criteria[criterion].points;
  if (known !== null) return [known];
  return possibleCompletions(base, rule)
    .map((completion) => completion[criterion])
    .filter((value): value is number => value !== undefined);
};

/**
 * Whether a reform can add points from this start. A reform that adds nothing alone adds nothing in any combination:
 * adds only raise a criterion and a "raise-to" floor at or below the start never binds, so the simulator can show it
 * as already reached instead of a switch that adds 0 (a property test checks this).
 */
export const reformReach = (base: Assessment, reform: Reform, rule?: ScoringRule): ReformReach => {
  if (base.criteria[reform.criterion].basis === "not-measured") return { kind: "not-measured" };
  const scenario = applyReforms(base, [reform], { id: "reach", label: base.label, rule });
  const gain = scenario.gains.find((candidate) => candidate.criterion === reform.criterion)!.gain;
  if (gain.max > 0) return { kind: "adds", gain };
  return { kind: "reached", points: rangeOf(startValues(base, reform.criterion, rule)) };
};

/** The reforms that can add points from this start, in the order given. */
export const reformsThatAdd = <R extends Reform>(base: Assessment, reforms: ReadonlyArray<R>, rule?: ScoringRule): R[] =>
  reforms.filter((reform) => reformReach(base, reform, rule).kind === "adds");

/**
 * For each criterion whose start is only known as a set of values (a computed year: "0, 2 or 4"), those values and
 * the values after the scenario's reforms, so a table can say "0, 2 or 4 → 4" instead of "no data".
 */
export const criterionPossibilities = (scenario: Pick<Scenario, "base" | "reforms">): Partial<Record<CriterionId, { start: number[]; scenario: number[] }>> =>
  Object.fromEntries(
    criterionIds.flatMap((criterion) => {
      const score = scenario.base.criteria[criterion];
      if (score.points !== null || !score.possible?.length) return [];
      const reforms = scenario.reforms.filter((reform) => reform.criterion === criterion);
      const after = [...new Set(score.possible.map((value) => pointsAfterReforms(value, reforms)))].sort((a, b) => a - b);
      return [[criterion, { start: [...score.possible].sort((a, b) => a - b), scenario: after }]];
    }),
  );
