import type { MarkKind } from "./mark-kind";
import { hatch, type Paint, type Shape } from "./scene";

/** Colours are CSS variables (dark mode, print and the embed theme change the variables, never the shapes). */
export const colour = (kind: MarkKind) => `var(--${kind === "data" ? "data" : kind})`;

/** Fill and outline of an area mark (bar, column, interval, span) of this kind. */
export const areaPaint = (kind: MarkKind): Paint => {
  switch (kind) {
    case "data":
      return { fill: "var(--data)" };
    case "derived":
      return { fill: "var(--derived)", fillOpacity: 0.7, stroke: "var(--derived)", strokeWidth: 1.5 };
    case "computed":
      return { fill: "var(--computed)", fillOpacity: 0.3, stroke: "var(--computed)", strokeWidth: 1.5 };
    case "projection":
      return { fill: "var(--paper)", stroke: "var(--projection)", strokeWidth: 2, dash: "5 3" };
    case "scenario":
      return { fill: "var(--paper)", stroke: "var(--scenario)", strokeWidth: 2, dash: "2 2" };
    case "nodata":
      return { fill: "none", stroke: "var(--nodata)", strokeWidth: 1.5, dash: "3 2" };
  }
};

/** An area mark: the rectangle, hatched for projections (/) and scenarios (\), so they never read as data. */
export const areaShapes = (kind: MarkKind, x: number, y: number, w: number, h: number): Shape[] => {
  const paint = areaPaint(kind);
  const box: Shape = { t: "rect", x, y, w: Math.max(w, 0.5), h: Math.max(h, 0.5), paint };
  if (kind !== "projection" && kind !== "scenario") return [box];
  const inset = 1;
  const lines = w > 2 * inset && h > 2 * inset ? hatch(x + inset, y + inset, w - 2 * inset, h - 2 * inset, 4, kind === "projection" ? 1 : -1, { stroke: colour(kind), strokeWidth: 1.2 }) : [];
  return [{ ...box, paint: { ...paint, stroke: undefined } }, ...lines, { t: "rect", x, y, w: Math.max(w, 0.5), h: Math.max(h, 0.5), paint: { fill: "none", stroke: paint.stroke, strokeWidth: paint.strokeWidth, dash: paint.dash } }];
};

/** A point mark: filled for data, ringed for derived, hollow where asked (first round of a dumbbell). */
export const pointShapes = (kind: MarkKind, cx: number, cy: number, r: number, hollow = false): Shape[] => {
  const ink = colour(kind);
  if (hollow) return [{ t: "circle", cx, cy, r, paint: { fill: "var(--paper)", stroke: ink, strokeWidth: 2 } }];
  switch (kind) {
    case "derived":
      return [{ t: "circle", cx, cy, r, paint: { fill: "var(--derived)", stroke: "var(--paper)", strokeWidth: 1.5 } }, { t: "circle", cx, cy, r: r + 1.5, paint: { fill: "none", stroke: "var(--derived)", strokeWidth: 1.2 } }];
    case "projection":
    case "scenario":
      return [{ t: "circle", cx, cy, r, paint: { fill: "var(--paper)", stroke: ink, strokeWidth: 2, dash: "2 1.5" } }];
    case "nodata":
      return [{ t: "circle", cx, cy, r: r - 0.5, paint: { fill: "var(--paper)", stroke: "var(--nodata)", strokeWidth: 1.5, dash: "2 1.5" } }];
    default:
      return [{ t: "circle", cx, cy, r, paint: { fill: ink } }];
  }
};

/** An interval (a range min–max): a translucent box with end caps, the same in every chart and in the legend. */
export const intervalShapes = (kind: MarkKind, orientation: "vertical" | "horizontal", x: number, y: number, w: number, h: number): Shape[] => {
  const ink = colour(kind === "nodata" ? "nodata" : kind);
  const fillKind = kind === "data" ? "data" : kind;
  const body: Shape[] =
    kind === "projection" || kind === "scenario"
      ? areaShapes(kind, x, y, w, h)
      : [{ t: "rect", x, y, w: Math.max(w, 0.5), h: Math.max(h, 0.5), paint: { fill: colour(fillKind), fillOpacity: 0.22, stroke: ink, strokeWidth: 1.2 } }];
  const capPaint: Paint = { stroke: ink, strokeWidth: 2.5 };
  const caps: Shape[] =
    orientation === "vertical"
      ? [
          { t: "line", x1: x - 1, x2: x + w + 1, y1: y, y2: y, paint: capPaint },
          { t: "line", x1: x - 1, x2: x + w + 1, y1: y + h, y2: y + h, paint: capPaint },
        ]
      : [
          { t: "line", x1: x, x2: x, y1: y - 1, y2: y + h + 1, paint: capPaint },
          { t: "line", x1: x + w, x2: x + w, y1: y - 1, y2: y + h + 1, paint: capPaint },
        ];
  return [...body, ...caps];
};

/** "No data": a dashed ring sitting on the baseline, never a bar with a height. */
export const noDataShapes = (cx: number, cy: number): Shape[] => [
  { t: "circle", cx, cy, r: 4.5, paint: { fill: "var(--paper)", stroke: "var(--nodata)", strokeWidth: 1.5, dash: "2 1.5" } },
  { t: "line", x1: cx - 2.5, y1: cy - 2.5, x2: cx + 2.5, y2: cy + 2.5, paint: { stroke: "var(--nodata)", strokeWidth: 1.2 } },
];

/** The threshold line's paint, shared by the chart, the legend and the live chart. */
export const thresholdPaint: Paint = { stroke: "var(--threshold)", strokeWidth: 2, dash: "6 4" };
