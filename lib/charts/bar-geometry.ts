import { scaleBand, scaleLinear } from "d3-scale";
import type { MarkKind } from "./mark-kind";

export type BarDatum = {
  key: string;
  /** Category label under the bar (short). */
  label: string;
  /** A second, smaller line under the label (e.g. "projection"). */
  sublabel?: string;
  value: number | null;
  /** When only a range is known (unknown split), drawn as a whisker instead of a bar. */
  range?: { min: number; max: number };
  kind: MarkKind;
  /** The value as text above the bar ("8/16", "no data"). */
  valueLabel: string;
};

export type ChartBox = { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } };

export const defaultBox: ChartBox = { width: 360, height: 260, margin: { top: 26, right: 8, bottom: 42, left: 30 } };

/** Positions for a vertical bar chart; all geometry is computed here so the SVG component only draws. */
export const barGeometry = (bars: ReadonlyArray<BarDatum>, domainMax: number, box: ChartBox = defaultBox) => {
  const { width, height, margin } = box;
  const x = scaleBand<string>().domain(bars.map((bar) => bar.key)).range([margin.left, width - margin.right]).paddingInner(0.3).paddingOuter(0.15);
  const y = scaleLinear().domain([0, domainMax]).range([height - margin.bottom, margin.top]);
  return {
    x,
    y,
    baseline: y(0),
    bandwidth: x.bandwidth(),
    bars: bars.map((bar) => {
      const left = x(bar.key) ?? 0;
      const top = bar.value === null ? y(0) : y(bar.value);
      return {
        ...bar,
        x: left,
        centre: left + x.bandwidth() / 2,
        top,
        height: bar.value === null ? 0 : y(0) - top,
        whisker: bar.range && bar.value === null ? { top: y(bar.range.max), bottom: y(bar.range.min) } : undefined,
      };
    }),
  };
};

export const niceTicks = (max: number, count = 4) => scaleLinear().domain([0, max]).ticks(count);

/** Ticks every `step` points (4 = one criterion), so the grid lines fall on 4, 8, 12 and 16. */
export const stepTicks = (max: number, step: number) => Array.from({ length: Math.floor(max / step) + 1 }, (_, index) => index * step);
