"use client";

import { useEffect } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, XAxis, YAxis } from "recharts";
import type { ScenarioChartData } from "@/lib/charts/scenario-chart";

export type LiveChartStrings = {
  title: string;
  criteriaTitle: string;
  summary: string;
  start: string;
  scenario: string;
  legendStart: string;
  legendAdded: string;
  legendRange: string;
  threshold: string;
  noData: string;
  criteria: Record<string, string>;
};

const noAnimation = { isAnimationActive: false } as const;

/**
 * The simulator's live chart (recharts, client only, loaded on demand): the total at the start and with the reforms
 * against the bar, and what the reforms add to each criterion. The words and the table around it say the same.
 */
export function PathLiveChart({ data, strings, onReady }: { data: ScenarioChartData; strings: LiveChartStrings; onReady?: () => void }) {
  useEffect(() => onReady?.(), [onReady]);
  const totals = [
    { name: strings.start, low: data.start.min, spread: data.start.max - data.start.min, kind: "start" },
    { name: strings.scenario, low: data.scenario.min, spread: data.scenario.max - data.scenario.min, kind: "scenario" },
  ];
  const criteria = data.criteria.map((row) => ({
    name: row.start === null ? `${strings.criteria[row.criterion]} (${strings.noData})` : strings.criteria[row.criterion],
    start: row.start ?? 0,
    added: row.start === null ? 0 : row.gain.min,
  }));
  const tick = { fill: "var(--ink)", fontSize: 12 };
  return (
    <figure className="rounded-lg border border-line p-3 sm:p-4" data-testid="live-chart" aria-labelledby="live-chart-title">
      <h3 id="live-chart-title" className="text-lg font-bold">
        {strings.title}
      </h3>
      <div role="img" aria-label={strings.summary} className="mx-auto mt-2 max-w-[520px]">
        <BarChart id="live-total" responsive style={{ width: "100%", height: 220 }} data={totals} margin={{ top: 18, right: 8, bottom: 4, left: -16 }} barCategoryGap="30%">
          <CartesianGrid vertical={false} stroke="var(--line)" />
          <XAxis dataKey="name" tick={tick} stroke="var(--ink)" />
          <YAxis domain={[0, data.applicable]} ticks={Array.from({ length: data.applicable / 4 + 1 }, (_, i) => i * 4)} tick={tick} stroke="var(--muted)" allowDecimals={false} />
          <Bar dataKey="low" stackId="total" {...noAnimation}>
            {totals.map((entry) => (
              <Cell key={entry.kind} fill={entry.kind === "start" ? "var(--data)" : "var(--scenario)"} fillOpacity={entry.kind === "start" ? 1 : 0.55} stroke={entry.kind === "start" ? "none" : "var(--scenario)"} strokeWidth={2} strokeDasharray={entry.kind === "start" ? undefined : "4 2"} />
            ))}
          </Bar>
          <Bar dataKey="spread" stackId="total" fill="none" stroke="var(--nodata)" strokeWidth={2} strokeDasharray="3 3" {...noAnimation} />
          <ReferenceLine y={data.threshold} stroke="var(--threshold)" strokeWidth={2} strokeDasharray="6 4" label={{ value: strings.threshold, position: "insideTopRight", fill: "var(--threshold)", fontSize: 12, fontWeight: 700 }} />
        </BarChart>
      </div>
      <h4 className="mt-3 text-sm font-semibold">{strings.criteriaTitle}</h4>
      <div role="img" aria-label={strings.summary} className="mx-auto mt-1 max-w-[520px]">
        <BarChart id="live-criteria" responsive layout="vertical" style={{ width: "100%", height: 190 }} data={criteria} margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="var(--line)" />
          <XAxis type="number" domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={tick} stroke="var(--muted)" />
          <YAxis type="category" dataKey="name" width={130} tick={{ ...tick, fontSize: 11 }} stroke="var(--muted)" />
          <Bar dataKey="start" stackId="criterion" fill="var(--data)" {...noAnimation} />
          <Bar dataKey="added" stackId="criterion" fill="var(--scenario)" fillOpacity={0.55} stroke="var(--scenario)" strokeWidth={2} strokeDasharray="4 2" {...noAnimation} />
        </BarChart>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-4 bg-data" /> {strings.legendStart}
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-4 border-2 border-dashed border-scenario bg-scenario/50" /> {strings.legendAdded}
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-4 border-2 border-dashed border-nodata" /> {strings.legendRange}
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-0 w-4 border-t-2 border-dashed border-threshold" /> {strings.threshold}
        </li>
      </ul>
    </figure>
  );
}
