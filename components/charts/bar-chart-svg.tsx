import { barGeometry, defaultBox, type BarDatum, type ChartBox } from "@/lib/charts/bar-geometry";
import { ChartPatterns } from "./chart-patterns";
import { markFill } from "./mark-style";

type Props = {
  id: string;
  title: string;
  description: string;
  bars: ReadonlyArray<BarDatum>;
  domainMax: number;
  ticks: ReadonlyArray<number>;
  yLabel: string;
  threshold?: { value: number; label: string };
  box?: ChartBox;
  /** Slant category labels when there are many bars or long names (e.g. country names at 360 px). */
  slantLabels?: boolean;
};

/** A vertical bar chart drawn on the server: SVG in the static HTML, readable without JavaScript. */
export function BarChartSvg({ id, title, description, bars, domainMax, ticks, yLabel, threshold, box: boxProp, slantLabels = false }: Props) {
  const box = boxProp ?? (slantLabels ? { ...defaultBox, height: defaultBox.height + 34, margin: { ...defaultBox.margin, bottom: defaultBox.margin.bottom + 34, left: defaultBox.margin.left + 28 } } : defaultBox);
  const geometry = barGeometry(bars, domainMax, box);
  const noDataHeight = Math.min(96, (geometry.baseline - box.margin.top) * 0.75);
  const { width, height, margin } = box;
  // The threshold label sits above its line at the right; if a bar's value label would land on it, it moves up a line.
  const thresholdY = threshold ? geometry.y(threshold.value) : 0;
  const labelLeft = width - margin.right - (threshold?.label.length ?? 0) * 7;
  const thresholdBelow = geometry.bars.some((bar) => bar.x + geometry.bandwidth > labelLeft && Math.abs((bar.value !== null ? bar.top : (bar.whisker?.top ?? geometry.baseline)) - thresholdY) < 18);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full" style={{ fontFamily: "inherit" }} data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <ChartPatterns id={id} />
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={geometry.y(tick)} y2={geometry.y(tick)} style={{ stroke: "var(--line)", strokeWidth: 1 }} />
            <text x={margin.left - 6} y={geometry.y(tick)} dy="0.32em" textAnchor="end" fontSize="12" style={{ fill: "var(--muted)" }}>
              {tick}
            </text>
          </g>
        ))}
        <text x={4} y={margin.top - 10} fontSize="12" style={{ fill: "var(--muted)" }}>
          {yLabel}
        </text>
        {geometry.bars.map((bar) => (
          <g key={bar.key} data-kind={bar.kind} data-value={bar.value ?? ""}>
            {bar.value !== null ? (
              <rect x={bar.x} y={bar.top} width={geometry.bandwidth} height={Math.max(bar.height, 0.5)} style={markFill(bar.kind, id)} />
            ) : bar.whisker && bar.kind === "computed" ? (
              // A computed range is an interval in the computed style, matching the legend: from the low to the high end.
              <rect x={bar.x} y={bar.whisker.top} width={geometry.bandwidth} height={Math.max(bar.whisker.bottom - bar.whisker.top, 2)} style={markFill("computed", id)} data-range={`${bar.range?.min}-${bar.range?.max}`} />
            ) : bar.whisker ? (
              <g style={{ stroke: "var(--nodata)", strokeWidth: 2 }}>
                <line x1={bar.centre} x2={bar.centre} y1={bar.whisker.top} y2={bar.whisker.bottom} strokeDasharray="3 3" />
                <line x1={bar.centre - 8} x2={bar.centre + 8} y1={bar.whisker.top} y2={bar.whisker.top} />
                <line x1={bar.centre - 8} x2={bar.centre + 8} y1={bar.whisker.bottom} y2={bar.whisker.bottom} />
              </g>
            ) : (
              // "No data" is a hollow dashed box with the words written inside it: never a zero-height bar.
              <g>
                <rect x={bar.x} y={geometry.baseline - noDataHeight} width={geometry.bandwidth} height={noDataHeight} style={markFill("nodata", id)} />
                <text x={bar.centre} y={geometry.baseline - noDataHeight / 2} transform={`rotate(-90 ${bar.centre} ${geometry.baseline - noDataHeight / 2})`} textAnchor="middle" dy="0.32em" fontSize="10" fontStyle="italic" style={{ fill: "var(--muted)" }}>
                  {bar.valueLabel}
                </text>
              </g>
            )}
            {(bar.value !== null || bar.whisker) && (
              <text
                x={bar.centre}
                y={bar.value !== null ? bar.top - 5 : (bar.whisker?.top ?? 0) - 5}
                textAnchor="middle"
                fontSize={bar.value !== null ? 14 : 11}
                fontWeight={bar.value !== null ? 700 : 400}
                fontStyle={bar.value === null && bar.kind !== "computed" ? "italic" : undefined}
                style={{ fill: bar.value === null && bar.kind !== "computed" ? "var(--muted)" : "var(--ink)" }}
              >
                {bar.valueLabel}
              </text>
            )}
            {slantLabels ? (
              <text x={bar.centre} y={height - margin.bottom + 12} transform={`rotate(-40 ${bar.centre} ${height - margin.bottom + 12})`} textAnchor="end" fontSize="12" style={{ fill: "var(--ink)" }}>
                {bar.label}
                {bar.sublabel && <tspan style={{ fill: "var(--muted)" }}>{` ${bar.sublabel}`}</tspan>}
              </text>
            ) : (
              <>
                <text x={bar.centre} y={height - margin.bottom + 15} textAnchor="middle" fontSize="12" style={{ fill: "var(--ink)" }}>
                  {bar.label}
                </text>
                {bar.sublabel && (
                  <text x={bar.centre} y={height - margin.bottom + 29} textAnchor="middle" fontSize="11" style={{ fill: "var(--muted)" }}>
                    {bar.sublabel}
                  </text>
                )}
              </>
            )}
          </g>
        ))}
        <line x1={margin.left} x2={width - margin.right} y1={geometry.baseline} y2={geometry.baseline} style={{ stroke: "var(--ink)", strokeWidth: 1 }} />
        {threshold && (
          <g data-threshold={threshold.value}>
            <line x1={margin.left} x2={width - margin.right} y1={geometry.y(threshold.value)} y2={geometry.y(threshold.value)} style={{ stroke: "var(--threshold)", strokeWidth: 2, strokeDasharray: "6 4" }} />
            <text x={width - margin.right} y={!thresholdBelow ? thresholdY - 5 : thresholdY - 22 > 10 ? thresholdY - 22 : thresholdY + 15} textAnchor="end" fontSize="12" fontWeight={700} style={{ fill: "var(--threshold)", stroke: "var(--paper)", strokeWidth: 3, paintOrder: "stroke" }}>
              {threshold.label}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
}
