"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { scenarioChartData } from "@/lib/charts/scenario-chart";
import { fillTemplate } from "@/lib/format/fill-template";
import { applyReforms } from "@/lib/scoring/apply-reforms";
import { passRuleOf } from "@/lib/scoring/score-assessment";
import type { SimulatorSetup } from "@/lib/scoring/simulator-setup";
import type { Locale } from "@/lib/schemas/common";
import { parsePathState, serializePathState, type PathState, type PathStateContext } from "@/lib/url-state/path-state";
import type { PathStrings } from "./path-strings";
import { ScenarioResultView } from "./scenario-result-view";

// recharts is only fetched here, and only once the view differs from the server figure (a shared link with reforms)
// or the person starts using the simulator: the default view is exactly the server figure, so loading a charting
// library to redraw it would only cost a phone ~100 KiB and its main thread. Until it arrives (and without
// JavaScript) the server figure shows.
const PathLiveChart = dynamic(() => import("./path-live-chart").then((module) => module.PathLiveChart), { ssr: false });

const urlChangeEvent = "ogp:path-url";
/** The address this page rewrote an adjusted share link into; the notice shows while the page is on it. */
let adjustedLink: string | null = null;
const notifyUrlChange = () => window.dispatchEvent(new Event(urlChangeEvent));
const subscribeToUrl = (onChange: () => void) => {
  const onPopState = () => {
    adjustedLink = null;
    onChange();
  };
  window.addEventListener("popstate", onPopState);
  window.addEventListener(urlChangeEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onPopState);
    window.removeEventListener(urlChangeEvent, onChange);
  };
};
/** "1?base=…" or "0?base=…": the query string, and whether it is the rewrite of an adjusted link. */
const urlSnapshot = () => `${adjustedLink !== null && adjustedLink === window.location.search ? "1" : "0"}${window.location.search}`;

export type ReformText = { id: string; title: string; effect: string; unconfirmed: boolean };

type Props = {
  locale: Locale;
  setup: SimulatorSetup;
  reformTexts: ReformText[];
  /** Server-rendered details per reform id (what changes, rule, progress, caveat, with sources). */
  details: Record<string, ReactNode>;
  strings: PathStrings;
  badge: ReactNode;
  /** The server-drawn SVG figure of the default view. */
  fallback: ReactNode;
};

/** The reform simulator: choose a starting assessment and reforms; the state lives in the URL (?base=…&reforms=…). */
export function PathSimulator({ locale, setup, reformTexts, details, strings, badge, fallback }: Props) {
  const context: PathStateContext = useMemo(
    () => ({ baseIds: setup.bases.map((base) => base.assessment.id), reformIds: setup.reforms.map((reform) => reform.id), defaultBase: setup.defaultBase }),
    [setup],
  );
  const snapshot = useSyncExternalStore(subscribeToUrl, urlSnapshot, () => null);
  const search = snapshot === null ? null : snapshot.slice(1);
  const hydrated = search !== null;
  const parsed = useMemo(() => (search === null ? null : parsePathState(search, context)), [search, context]);
  const state: PathState = parsed?.state ?? { base: setup.defaultBase, reforms: [] };
  const adjusted = snapshot !== null && ((parsed?.adjustments.length ?? 0) > 0 || snapshot.startsWith("1"));
  const [chartReady, setChartReady] = useState(false);
  const [interacted, setInteracted] = useState(false);
  const markInteracted = useCallback(() => setInteracted(true), []);
  const onChartReady = useCallback(() => setChartReady(true), []);

  // The address always holds the full, valid state: a link that needed changes is rewritten in place (and the notice
  // stays while the page shows it); choices push a new history entry, so Back and Forward walk through them.
  useEffect(() => {
    if (search === null || !parsed) return;
    const canonical = serializePathState(parsed.state, context);
    if (search === canonical) return;
    adjustedLink = parsed.adjustments.length > 0 ? canonical : null;
    // No state of our own: Next copies its router state in and follows the new address (passing its state would hide the change).
    window.history.replaceState(null, "", `${window.location.pathname}${canonical}${window.location.hash}`);
    notifyUrlChange();
  }, [search, parsed, context]);

  const update = (next: PathState) => {
    adjustedLink = null;
    setInteracted(true);
    window.history.pushState(null, "", `${window.location.pathname}${serializePathState(next, context)}`);
    notifyUrlChange();
  };

  const base = setup.bases.find((candidate) => candidate.assessment.id === state.base) ?? setup.bases[0];
  const rule = base.rule ?? undefined;
  const chosen = setup.reforms.filter((reform) => state.reforms.includes(reform.id));
  const scenario = applyReforms(base.assessment, chosen, { id: "simulator", label: base.assessment.label, rule });
  const data = scenarioChartData(scenario, rule);
  const s = (key: string, values: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, values);
  const text = (range: { min: number; max: number }) =>
    range.min === range.max ? s("score", { points: range.min, outOf: data.applicable }) : s("scoreRange", { min: range.min, max: range.max, outOf: data.applicable });
  const passMark = `${rule?.passMarkPercent ?? passRuleOf().passMarkPercent}%`;
  const showsDefault = state.base === setup.defaultBase && state.reforms.length === 0;
  const liveChart = hydrated && (interacted || !showsDefault);

  return (
    <div
      data-testid="simulator"
      data-hydrated={hydrated ? "true" : "false"}
      data-base={state.base}
      data-reforms={state.reforms.join(",")}
      data-live-chart={liveChart ? "true" : "false"}
      onPointerDown={markInteracted}
      onFocus={markInteracted}
    >
      <div role="status" aria-live="polite" data-testid="link-status">
        {adjusted && (
          <p className="mb-4 rounded border-2 border-threshold bg-panel p-3 font-medium" data-testid="link-adjusted">
            {s("adjusted")}
          </p>
        )}
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div>
          <label htmlFor="path-base" className="block font-semibold">
            {s("baseLabel")}
          </label>
          <select
            id="path-base"
            className="mt-1 w-full rounded border border-line bg-paper p-2 text-ink"
            value={state.base}
            disabled={!hydrated}
            aria-describedby="path-base-help"
            onChange={(event) => update({ ...state, base: event.target.value })}
          >
            {setup.bases.map(({ assessment }) => (
              <option key={assessment.id} value={assessment.id}>
                {assessment.label[locale]}
              </option>
            ))}
          </select>
          <p id="path-base-help" className="mt-1 text-sm text-muted">
            {s("baseHelp")}
          </p>
          <fieldset className="mt-4">
            <legend className="font-semibold">{s("reformsLegend")}</legend>
            <p className="text-sm text-muted">{s("reformsHelp")}</p>
            <ul className="mt-2 space-y-3">
              {reformTexts.map((reform) => {
                const on = state.reforms.includes(reform.id);
                return (
                  <li key={reform.id} className={`rounded-lg border-2 p-3 ${on ? "border-scenario" : "border-line"}`} data-reform={reform.id}>
                    <button
                      type="button"
                      role="switch"
                      aria-checked={on}
                      disabled={!hydrated}
                      aria-describedby={`reform-${reform.id}-effect`}
                      onClick={() => update({ ...state, reforms: on ? state.reforms.filter((id) => id !== reform.id) : [...state.reforms, reform.id] })}
                      className="flex w-full items-start gap-3 rounded text-left disabled:cursor-not-allowed"
                      data-testid={`toggle-${reform.id}`}
                    >
                      <span aria-hidden="true" className={`mt-0.5 inline-flex h-6 w-10 shrink-0 items-center rounded-full border-2 border-ink p-0.5 ${on ? "justify-end bg-scenario" : "justify-start bg-paper"}`}>
                        <span className={`h-4 w-4 rounded-full ${on ? "bg-paper" : "bg-ink"}`} />
                      </span>
                      <span>
                        <span className="block font-semibold">{reform.title}</span>
                        <span id={`reform-${reform.id}-effect`} className="block text-sm">
                          {reform.effect}
                          {reform.unconfirmed && <span className="ml-1 italic text-muted">({s("pointsUnconfirmed")})</span>} · <span>{on ? s("on") : s("off")}</span>
                        </span>
                      </span>
                    </button>
                    <details className="mt-1 text-sm">
                      <summary className="cursor-pointer py-1">{s("whatChanges")} · {s("rule")} · {s("progressTitle")}</summary>
                      {details[reform.id]}
                    </details>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {/* On a phone the result sits below the list: a one-line summary stays in view while choosing. */}
          <p className="sticky bottom-0 z-10 mt-3 rounded-t border-2 border-b-0 border-dashed border-scenario bg-paper px-3 py-2 text-sm font-semibold shadow lg:hidden" aria-hidden="true" data-testid="sticky-score">
            {s("scenarioScore", { score: text(data.scenario) })} · {s("thresholdLabel", { threshold: data.threshold, outOf: data.applicable, passMark })}
          </p>
          <p className="sr-only" aria-live="polite" data-testid="score-announcement">
            {hydrated ? s("scenarioScore", { score: text(data.scenario) }) : ""}
          </p>
        </div>
        <div className="space-y-4">
          <ScenarioResultView
            data={data}
            eligibility={scenario.score.eligibility}
            minimumCriteria={rule?.minimumCriteriaMeasured.value ?? passRuleOf().minimumCriteriaMeasured}
            valuesCheck={base.assessment.valuesCheck.result}
            startLabel={base.assessment.label[locale]}
            strings={strings}
            badge={badge}
            headingId="simulator-result"
          />
          <p className="text-sm text-muted">{s("shareHint")}</p>
        </div>
      </div>
      <div className="mt-6" data-testid="path-chart">
        {liveChart && <PathLiveChart scenario={scenario} rule={rule} passMarkPercent={rule?.passMarkPercent ?? passRuleOf().passMarkPercent} locale={locale} strings={strings} onReady={onChartReady} />}
        {!chartReady && fallback}
      </div>
    </div>
  );
}
