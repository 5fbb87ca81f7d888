"use client";

import { useEffect } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis, useChartWidth } from "recharts";
import { LegendList } from "@/components/charts/legend-list";
import { describeScenario } from "@/lib/charts/describe/scenario";
import { fillTemplate } from "@/lib/format/fill-template";
import type { Scenario } from "@/lib/scoring/apply-reforms";
import type { ScoringRule } from "@/lib/scoring/score-assessment";
import type { Locale } from "@/lib/schemas/common";
import { drawnShape, kindOfMark, type Mark, type RowsChart } from "@/lib/charts/description";
import { rowsFrame } from "@/lib/charts/layout";
import { areaShapes, intervalShapes, noDataShapes, thresholdPaint } from "@/lib/charts/mark-style";
import { renderShape } from "@/lib/charts/render-svg";
import type { Shape } from "@/lib/charts/scene";
import { textWidth } from "@/lib/charts/text";

const FONT = 12;
const WIDTH = 340;

type Row = { key: string; label: string; emphasis?: boolean; range: [number, number]; mark?: Mark };

/** Our shapes inside recharts' SVG: the marks look exactly like the server figure's. */
const Shapes = ({ shapes, data }: { shapes: Shape[]; data?: Record<string, string> }) => (
  <g {...Object.fromEntries(Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]))} dangerouslySetInnerHTML={{ __html: shapes.map(renderShape).join("") }} />
);

/**
 * The threshold's label: right of the line where it fits inside the chart, else left of it. The chart's width comes from
 * recharts (useChartWidth), not from the DOM during render: reading clientWidth there forced a layout on every change
 * of the simulator's state. A component of its own (not an inline function), so React keeps it between states.
 */
function ThresholdLabel({ viewBox, text }: { viewBox?: { x: number; y: number }; text: string }) {
  const chartWidth = useChartWidth();
  if (!viewBox) return null;
  const fitsRight = chartWidth === undefined || viewBox.x + 5 + textWidth(text, { size: FONT, weight: 700 }) <= chartWidth;
  return (
    <text x={fitsRight ? viewBox.x + 5 : viewBox.x - 5} y={viewBox.y - 8} textAnchor={fitsRight ? "start" : "end"} fontSize={FONT} fontWeight={700} style={{ fill: "var(--threshold)", stroke: "var(--paper)", strokeWidth: 3, paintOrder: "stroke" }} data-role="threshold">
      {text}
    </text>
  );
}

/**
 * One rows chart drawn by recharts from the same description as the server figure: the same value axis and ticks,
 * the same marks (bars, intervals, no-data markers) and value labels, the threshold labelled once, the same legend.
 */
function LiveRows({ description, legendLabel, headingId }: { description: RowsChart; legendLabel: string; headingId: string }) {
  const frame = rowsFrame(description, WIDTH);
  const format = description.valueAxis.format ?? String;
  const rows: Row[] = description.rows.map((row) => {
    const mark = description.marks.find((candidate) => candidate.row === row.key);
    const value = mark?.value;
    return { key: row.key, label: row.label, emphasis: row.emphasis, mark, range: value ? (value.min === value.max ? [0, value.min] : [value.min, value.max]) : [0, 0] };
  });
  const threshold = description.threshold;
  return (
    <figure className="rounded-lg border border-line p-3 sm:p-4" data-live-figure={description.id} aria-labelledby={headingId}>
      <figcaption>
        <h3 id={headingId} className="text-lg font-bold leading-snug">
          {description.title}
        </h3>
        <p className="text-sm text-muted">{description.subtitle}</p>
      </figcaption>
      <LegendList description={description} label={legendLabel} />
      <div role="img" aria-label={description.summary} className="mt-3">
        <BarChart
          layout="vertical"
          responsive
          style={{ width: "100%", height: frame.height }}
          data={rows}
          margin={{ top: frame.header, right: frame.right, bottom: 0, left: 4 }}
          barSize={frame.barHeight}
          barCategoryGap={0}
        >
          <CartesianGrid horizontal={false} stroke="var(--line)" />
          <XAxis type="number" domain={[0, description.valueAxis.max]} ticks={[...description.valueAxis.ticks]} tickFormatter={format} tick={{ fill: "var(--muted)", fontSize: FONT }} stroke="var(--ink)" allowDecimals={false} height={24} />
          <YAxis
            type="category"
            dataKey="label"
            width={frame.labelColumn || 4}
            axisLine={{ stroke: "var(--ink)" }}
            tickLine={false}
            tick={(props: unknown) => {
              const { x, y, payload } = props as { x: number; y: number; payload: { value: string; index: number } };
              return (
              <text x={frame.side ? x - 4 : 4} y={frame.side ? y + 4 : y - frame.barHeight / 2 - 5} textAnchor={frame.side ? "end" : "start"} fontSize={FONT} fontWeight={rows[payload.index]?.emphasis ? 700 : 400} style={{ fill: "var(--ink)", stroke: "var(--paper)", strokeWidth: 3, paintOrder: "stroke" }} data-role="label">
                {payload.value}
              </text>
              );
            }}
          />
          <Bar
            dataKey="range"
            isAnimationActive={false}
            shape={(props: unknown) => {
              const { x, y, width, height, payload } = props as { x: number; y: number; width: number; height: number; payload: Row };
              const mark = payload.mark;
              if (!mark) return <g />;
              const kind = kindOfMark(mark);
              const shape = drawnShape(mark, description.series);
              const shapes =
                shape === "nodata" ? noDataShapes(x + 6, y + height / 2) : shape === "interval" ? intervalShapes(kind, "horizontal", x, y + 2, width, height - 4) : areaShapes(kind, x, y, Math.max(width, 2), height);
              return <Shapes shapes={shapes} data={{ mark: mark.id, status: mark.status, kind, shape, ...(mark.value ? { min: String(mark.value.min), max: String(mark.value.max) } : {}) }} />;
            }}
          >
            <LabelList
              dataKey="range"
              content={(props: unknown) => {
                const { x, y, width, height, index } = props as { x: number; y: number; width: number; height: number; index: number };
                const mark = rows[index]?.mark;
                if (!mark?.label) return null;
                const noData = mark.value === null;
                return (
                  <text x={noData ? x + 14 : x + Math.max(width, 2) + 5} y={y + height / 2 + 4.5} fontSize={FONT} fontWeight={noData ? 400 : 700} fontStyle={noData ? "italic" : undefined} style={{ fill: noData ? "var(--muted)" : "var(--ink)" }} data-role="label">
                    {mark.label}
                  </text>
                );
              }}
            />
          </Bar>
          {threshold && (
            <ReferenceLine
              x={threshold.value}
              stroke={thresholdPaint.stroke}
              strokeWidth={thresholdPaint.strokeWidth}
              strokeDasharray={thresholdPaint.dash}
              label={<ThresholdLabel text={threshold.label} />}
            />
          )}
        </BarChart>
      </div>
      <p className="mt-2 text-sm">{description.summary}</p>
    </figure>
  );
}

/**
 * The simulator's live chart (recharts, client only, loaded on demand). It draws the two descriptions the server
 * figure of the same state draws (lib/charts/describe/scenario.ts), so after any toggle it looks like that figure.
 */
export function PathLiveChart({ scenario, rule, passMarkPercent, locale, strings, onReady }: { scenario: Scenario; rule?: ScoringRule; passMarkPercent: number; locale: Locale; strings: Record<string, string>; onReady?: () => void }) {
  useEffect(() => onReady?.(), [onReady]);
  const { total, criteria } = describeScenario(scenario, { rule, passMarkPercent, id: "path-live" }, { locale, t: (key, values = {}) => fillTemplate(strings[`@${key}`] ?? key, values) });
  const legendLabel = strings["@charts.legend.label"] ?? "";
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="live-chart">
      <LiveRows description={total} legendLabel={legendLabel} headingId="live-total-title" />
      <LiveRows description={criteria} legendLabel={legendLabel} headingId="live-criteria-title" />
    </div>
  );
}
