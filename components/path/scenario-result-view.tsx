import type { ReactNode } from "react";
import type { ScenarioChartData } from "@/lib/charts/scenario-chart";
import { fillTemplate } from "@/lib/format/fill-template";
import { barVerdict } from "@/lib/format/bar-verdict";
import { formatPossible } from "@/lib/format/possible-points";
import type { criterionPossibilities } from "@/lib/scoring/reform-reach";
import type { Locale } from "@/lib/schemas/common";
import { joiningStatus } from "@/lib/scoring/joining-status";
import { POINTS_PER_CRITERION, type Eligibility } from "@/lib/scoring/score-assessment";
import type { Assessment } from "@/lib/schemas/assessment";
import type { PathStrings } from "./path-strings";

type Props = {
  data: ScenarioChartData;
  eligibility: Eligibility;
  minimumCriteria: number;
  valuesCheck: Assessment["valuesCheck"]["result"];
  startLabel: string;
  strings: PathStrings;
  /** The "scenario" status badge, rendered by the server. */
  badge: ReactNode;
  /** Why the start is a range, where the page knows (a computed year's open questions and missing inputs). */
  rangeWhy?: string;
  /** The values a criterion may have where the start gives a set, not a number (criterionPossibilities). */
  possible?: ReturnType<typeof criterionPossibilities>;
  locale: Locale;
  headingId: string;
};

/**
 * A scenario's result in words and a table: the total against the bar, the gap, why a range, each criterion, and
 * the Values Check as the separate gate. No hooks and no server APIs, so the server pages and the simulator share it.
 */
export function ScenarioResultView({ data, eligibility, minimumCriteria, valuesCheck, startLabel, strings, badge, headingId, rangeWhy, possible, locale }: Props) {
  const s = (key: string, values: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, values);
  const outOf = data.applicable;
  const scoreText = (range: { min: number; max: number }) =>
    range.min === range.max ? s("score", { points: range.min, outOf }) : s("scoreRange", { min: range.min, max: range.max, outOf });
  const verdict = barVerdict(data.scenario, data.threshold, outOf, eligibility);
  const met = verdict.kind === "met";
  const isRange = data.scenario.min !== data.scenario.max || data.start.min !== data.start.max;
  const cell = (value: number | null, values?: number[]) =>
    value !== null ? s("score", { points: value, outOf: POINTS_PER_CRITERION }) : values?.length ? s("possibleValues", { values: formatPossible(values, locale) }) : <span className="italic text-muted">{s("noData")}</span>;
  const change = (row: ScenarioChartData["criteria"][number]) =>
    row.gain.max === 0 ? s("noChange") : row.gain.min === row.gain.max ? s("change", { gain: row.gain.min }) : s("changeRange", { min: row.gain.min, max: row.gain.max });
  return (
    <section aria-labelledby={headingId} className="self-start rounded-lg border-2 border-dashed border-scenario bg-panel p-4" data-testid="scenario-result" data-eligibility={eligibility}>
      <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-xl font-bold">
        {s("resultTitle")} {badge}
      </h2>
      <p className="mt-2 text-muted" data-testid="start-score">
        {s("startScore", { label: startLabel, score: scoreText(data.start) })}
      </p>
      <p className="mt-1 text-2xl font-bold tabular" data-testid="scenario-score" data-min={data.scenario.min} data-max={data.scenario.max}>
        {s("scenarioScore", { score: scoreText(data.scenario) })}
      </p>
      <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="scenario-gap" data-verdict={verdict.kind}>
        <span className={`rounded border-2 px-2 py-0.5 font-bold ${met ? "border-good bg-paper text-good" : "border-dashed border-scenario bg-paper text-ink"}`} data-testid="verdict">
          {eligibility === "not-enough-data" ? s("notEnoughData", { minimum: minimumCriteria }) : s(`verdict.${verdict.key}`, verdict.values)}
        </span>
        <span className="text-sm">
          {s("resultBarThreshold", { threshold: data.threshold, outOf })} <span className="text-muted">({s(`eligibility.${eligibility}`)})</span>
        </span>
      </p>
      {isRange && (
        <p className="mt-1 text-sm" data-testid="range-why">
          {rangeWhy ?? s("rangeWhy")}
        </p>
      )}
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm tabular" data-testid="scenario-table">
          <caption className="text-left text-sm font-semibold">{s("criteriaCaption")}</caption>
          <thead>
            <tr>
              {["colCriterion", "colStart", "colScenario", "colChange"].map((key) => (
                <th key={key} scope="col" className="border-b border-line px-2 py-1 font-semibold">
                  {s(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.criteria.map((row) => (
              <tr key={row.criterion} className="border-b border-line" data-criterion={row.criterion}>
                <th scope="row" className="px-2 py-1 font-normal">
                  {s(`criteria.${row.criterion}`)}
                </th>
                <td className="px-2 py-1">{cell(row.start, possible?.[row.criterion]?.start)}</td>
                <td className="px-2 py-1">{cell(row.scenario, possible?.[row.criterion]?.scenario)}</td>
                <td className="px-2 py-1">{change(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 rounded border border-line bg-paper p-3" data-testid="values-check-gate" data-result={valuesCheck}>
        <h3 className="font-semibold">{s("gateTitle")}</h3>
        <p className="mt-1 text-sm">
          {s("gateBody", { result: s(`valuesCheck.${valuesCheck}`) })} {s(`joining.${joiningStatus(eligibility, valuesCheck)}`)}
        </p>
      </div>
    </section>
  );
}
