import type { ReformReach } from "../scoring/reform-reach";
import type { Reform } from "../schemas/reform";

type Say = (key: string, values?: Record<string, string | number>) => string;

/** What a reform's text needs to know about it: which criterion it scores on and how far it is. */
export type ReachReform = Pick<Reform, "criterion" | "progress">;

/** The reform adds points or not depending on an input the sources do not give (gain 0 or more). */
export const reachIsConditional = (reach: ReformReach) => reach.kind === "adds" && reach.gain.min === 0 && reach.gain.max > 0;

/**
 * What a reform can do from the chosen start, said once: "+2 điểm"; "có thể thêm 2 điểm nếu …" where that depends on
 * an input the sources do not give; "Đã làm: … đã được tính 4/4 điểm" for a reform done and counted; "Không thêm
 * điểm: … đã đạt 4/4" where the criterion already has what the reform gives.
 */
export const reachText = (reach: ReformReach, say: Say, reform?: ReachReform) => {
  switch (reach.kind) {
    case "adds":
      if (reach.gain.min === reach.gain.max) return say("reach.adds", { gain: reach.gain.min });
      if (reform && reachIsConditional(reach)) return say("reach.maybe", { points: reach.gain.max, condition: say(`reach.if.${reform.criterion}`) });
      return say("reach.addsRange", { min: reach.gain.min, max: reach.gain.max });
    case "reached": {
      const done = reform?.progress === "done";
      return reach.points.min === reach.points.max
        ? say(done ? "reach.done" : "reach.reached", { points: reach.points.min })
        : say(done ? "reach.doneRange" : "reach.reachedRange", { min: reach.points.min, max: reach.points.max });
    }
    case "not-measured":
      return say("reach.notMeasured");
  }
};

/** Whether the start changes what the rule gives ("+2 points"): then the reach is said instead of the rule, never both. */
export const reachDiffersFromRule = (reform: Pick<Reform, "effect" | "points">, reach: ReformReach) =>
  reach.kind !== "adds" || reform.effect !== "add" || reach.gain.min !== reform.points || reach.gain.max !== reform.points;

/**
 * The progress to show beside that text: a reform recorded as done in earlier rounds whose points from this start
 * depend on a round the sources do not cover reads as unknown, never as "done" beside "could add 2 points".
 */
export const progressShown = (reform: ReachReform, reach: ReformReach): Reform["progress"] =>
  reform.progress === "done" && reachIsConditional(reach) ? "unknown" : reform.progress;
