import type { ReformReach } from "../scoring/reform-reach";

type Say = (key: string, values?: Record<string, string | number>) => string;

/** "Từ điểm xuất phát này: thêm 0–2 điểm…", "Không thêm điểm: … đã đạt 4/4": what a reform can do from the chosen start. */
export const reachText = (reach: ReformReach, say: Say) => {
  switch (reach.kind) {
    case "adds":
      return reach.gain.min === reach.gain.max ? say("reach.adds", { gain: reach.gain.min }) : say("reach.addsRange", { min: reach.gain.min, max: reach.gain.max });
    case "reached":
      return reach.points.min === reach.points.max ? say("reach.reached", { points: reach.points.min }) : say("reach.reachedRange", { min: reach.points.min, max: reach.points.max });
    case "not-measured":
      return say("reach.notMeasured");
  }
};
