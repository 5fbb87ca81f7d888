import type { CSSProperties } from "react";
import type { MarkKind } from "@/lib/charts/mark-kind";

/** Colours are CSS variables (dark mode and print change the variables); patterns tell kinds apart without colour. */
export const markFill = (kind: MarkKind, patternId: string): CSSProperties => {
  switch (kind) {
    case "data":
      return { fill: "var(--data)" };
    case "derived":
      return { fill: "var(--derived)", fillOpacity: 0.75 };
    case "computed":
      return { fill: "var(--computed)", fillOpacity: 0.35, stroke: "var(--computed)", strokeWidth: 1.5 };
    case "projection":
      return { fill: `url(#${patternId}-projection)`, stroke: "var(--projection)", strokeWidth: 2, strokeDasharray: "5 3" };
    case "scenario":
      return { fill: `url(#${patternId}-scenario)`, stroke: "var(--scenario)", strokeWidth: 2, strokeDasharray: "2 2" };
    case "nodata":
      return { fill: "none", stroke: "var(--nodata)", strokeWidth: 1.5, strokeDasharray: "3 3" };
  }
};
