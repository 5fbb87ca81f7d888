/** Positioned shapes: what the layout produces and the renderers draw. Coordinates are SVG user units (px at scale 1). */

export type Paint = {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
  fillOpacity?: number;
  opacity?: number;
};

export type TextRole = "tick" | "axis" | "label" | "threshold" | "annotation" | "legend" | "title" | "subtitle" | "note";

export type Shape =
  | { t: "rect"; x: number; y: number; w: number; h: number; paint: Paint; rx?: number }
  | { t: "line"; x1: number; y1: number; x2: number; y2: number; paint: Paint }
  | { t: "circle"; cx: number; cy: number; r: number; paint: Paint }
  | { t: "path"; d: string; paint: Paint }
  | {
      t: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      weight?: 400 | 700;
      italic?: boolean;
      anchor: "start" | "middle" | "end";
      fill: string;
      /** A paper-coloured outline so the text stays legible over a line. */
      halo?: boolean;
      role: TextRole;
    }
  | { t: "g"; data?: Record<string, string>; /** Translation of the group. */ x?: number; y?: number; children: Shape[] };

export type Scene = { width: number; height: number; shapes: Shape[] };

const round = (value: number) => Math.round(value * 10) / 10;

/** Parallel diagonal lines filling a rectangle (hatching without an SVG pattern, so no ids to collide). */
export const hatch = (x: number, y: number, w: number, h: number, spacing: number, direction: 1 | -1, paint: Paint): Shape[] => {
  const lines: Shape[] = [];
  // Lines x - direction*y' = c for c across the box; clip each to the rectangle.
  for (let c = -h; c < w + h; c += spacing) {
    const points: Array<[number, number]> = [];
    const at = (yy: number) => (direction === 1 ? c + (h - yy) : c + yy);
    for (const yy of [0, h]) {
      const xx = at(yy);
      if (xx >= 0 && xx <= w) points.push([xx, yy]);
    }
    for (const xx of [0, w]) {
      const yy = direction === 1 ? h - (xx - c) : xx - c;
      if (yy > 0 && yy < h) points.push([xx, yy]);
    }
    if (points.length >= 2) {
      const [[ax, ay], [bx, by]] = points;
      if (Math.hypot(bx - ax, by - ay) > 0.5) lines.push({ t: "line", x1: round(x + ax), y1: round(y + ay), x2: round(x + bx), y2: round(y + by), paint });
    }
  }
  return lines;
};
