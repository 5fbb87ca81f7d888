import type { ChartDescription } from "@/lib/charts/description";
import { legendEntries, legendSwatch, SWATCH } from "@/lib/charts/legend";
import { renderSvg } from "@/lib/charts/render-svg";

/** The legend as a list: each entry's swatch is drawn with the chart's own shapes (server figure and live chart alike). */
export function LegendList({ description, label }: { description: ChartDescription; label: string }) {
  const entries = legendEntries(description);
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.key} className="flex items-center gap-1.5" data-legend={entry.key} data-legend-kind={entry.kind}>
          <span className="inline-flex shrink-0" dangerouslySetInnerHTML={{ __html: renderSvg({ width: SWATCH.width, height: SWATCH.height, shapes: legendSwatch(entry) }, { attributes: { width: String(SWATCH.width), height: String(SWATCH.height) } }) }} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
