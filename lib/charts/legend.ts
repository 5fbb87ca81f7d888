import { drawnShape, kindOfMark, type ChartDescription, type ExactShape } from "./description";
import type { MarkKind } from "./mark-kind";
import { areaShapes, intervalShapes, noDataShapes, pointShapes, colour } from "./mark-style";
import type { Shape } from "./scene";

export type LegendEntry = { key: string; label: string; kind: MarkKind; shape: ExactShape | "interval" | "nodata"; hollow?: boolean; connected?: boolean };

/**
 * The legend lists exactly what the chart draws: one entry per kind of mark in use (status × how it is drawn),
 * named by its series where the series has a name, otherwise by the status in the site's one vocabulary.
 */
export const legendEntries = (d: ChartDescription): LegendEntry[] => {
  const entries = new Map<string, LegendEntry>();
  for (const mark of d.marks) {
    const shape = drawnShape(mark, d.series);
    const kind = kindOfMark(mark);
    const series = d.series.find((entry) => entry.id === mark.series);
    if (shape === "nodata") {
      if (!entries.has("nodata")) entries.set("nodata", { key: "nodata", label: d.statusLabels.nodata, kind: "nodata", shape });
      continue;
    }
    const key = series?.label ? `series-${series.id}-${shape}` : `${mark.status}-${shape}`;
    if (entries.has(key)) continue;
    const label = series?.label ?? (shape === "interval" ? (d.rangeLabels[mark.status] ?? d.statusLabels[mark.status]) : d.statusLabels[mark.status]);
    entries.set(key, { key, label, kind, shape, hollow: mark.hollow, connected: series?.connected });
  }
  return [...entries.values()];
};

export const SWATCH = { width: 22, height: 14 } as const;

/** The legend's little picture of an entry, drawn with the very shapes the chart uses. */
export const legendSwatch = (entry: LegendEntry): Shape[] => {
  switch (entry.shape) {
    case "interval":
      return intervalShapes(entry.kind, "vertical", 7, 2, 8, 10);
    case "nodata":
      return [{ t: "line", x1: 1, x2: 21, y1: 9, y2: 9, paint: { stroke: "var(--ink)", strokeWidth: 1 } }, ...noDataShapes(11, 9)];
    case "span":
      return areaShapes(entry.kind, 1, 3, 20, 8);
    case "column":
    case "bar":
      return areaShapes(entry.kind, 3, 2, 16, 10);
    case "point":
      return [...(entry.connected ? [{ t: "line", x1: 0, x2: 22, y1: 7, y2: 7, paint: { stroke: colour(entry.kind), strokeWidth: 2.5 } } as Shape] : []), ...pointShapes(entry.kind, 11, 7, 4.5, entry.hollow)];
  }
};
