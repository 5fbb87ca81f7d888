"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Adjustment, ParsedShare, ShareContext } from "@/lib/url-state/share-state";

export type NoticeLabels = {
  title: string;
  intro: string;
  showing: string;
  keys: Record<Adjustment["key"], string>;
  reasons: Record<Adjustment["reason"], string>;
};

const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/** What the page offers, read from its figures: chart ids and the years in each chart's data table. */
const pageContext = (chartIds: ReadonlyArray<string>, scenarios: ReadonlyArray<string>, yearsInRows: (rows: string[][]) => number[]): ShareContext => {
  const figures = [...document.querySelectorAll<HTMLElement>("figure[data-figure]")].filter((figure) => chartIds.includes(figure.id));
  const years = Object.fromEntries(
    figures.map((figure) => [figure.id, yearsInRows([...figure.querySelectorAll("[data-testid=figure-table] tbody tr")].map((row) => [...row.children].map((cell) => cell.textContent ?? "")))]),
  );
  return { charts: figures.map((figure) => figure.id), years, scenarios };
};

/**
 * Applies a share link's state (?chart=…&year=…&scenario=…) to the static page and says so when part of it
 * had to be dropped. The role=status region is in the HTML from the start so the notice is announced.
 */
export function ShareStateNotice({ chartIds, scenarios = [], labels }: { chartIds: ReadonlyArray<string>; scenarios?: ReadonlyArray<string>; labels: NoticeLabels }) {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => "");
  const [parsed, setParsed] = useState<ParsedShare | undefined>(undefined);
  // The parser (zod) is loaded only when the URL carries a query: plain page views ship none of it.
  useEffect(() => {
    if (!search) return;
    let live = true;
    import("@/lib/url-state/share-state").then(({ parseShareState, yearsInRows }) => {
      if (live) setParsed(parseShareState(search, pageContext(chartIds, scenarios, yearsInRows)));
    });
    return () => {
      live = false;
    };
  }, [search, chartIds, scenarios]);
  const chart = parsed?.state.chart;
  const year = parsed?.state.year;

  useEffect(() => {
    if (!chart) return;
    const figure = document.getElementById(chart);
    if (!figure) return;
    figure.setAttribute("data-shared", "true");
    figure.style.outline = "3px solid var(--accent)";
    figure.style.outlineOffset = "4px";
    if (year !== undefined) {
      const table = figure.querySelector<HTMLDetailsElement>("[data-testid=figure-table]");
      if (table) table.open = true;
      for (const row of figure.querySelectorAll<HTMLTableRowElement>("[data-testid=figure-table] tbody tr")) {
        const cells = [...row.children].slice(0, 2).map((cell) => cell.textContent ?? "");
        if (cells.some((text) => new RegExp(`\\b${year}\\b`).test(text))) {
          row.setAttribute("data-shared-row", "true");
          row.setAttribute("aria-current", "true");
          row.style.background = "var(--panel)";
          row.style.fontWeight = "700";
        }
      }
    }
    figure.scrollIntoView({ block: "start" });
  }, [chart, year]);

  const adjusted = parsed?.adjusted ?? [];
  const chartTitle = chart ? (document.getElementById(`${chart}-heading`)?.textContent ?? chart) : "";
  return (
    <div role="status" className="no-print" data-testid="share-notice" data-ready={!search || parsed !== undefined} data-adjusted={adjusted.length > 0} data-chart={chart ?? ""} data-year={year ?? ""}>
      {(adjusted.length > 0 || chart) && (
        <div className={`mb-4 rounded border p-3 text-sm ${adjusted.length > 0 ? "border-threshold" : "border-line"}`}>
          {adjusted.length > 0 && (
            <>
              <p className="font-semibold">{labels.title}</p>
              <p>{labels.intro}</p>
              <ul className="ml-5 list-disc">
                {adjusted.map((item, index) => (
                  <li key={index} data-adjustment={`${item.key}:${item.reason}`}>
                    {fill(labels.reasons[item.reason], { key: labels.keys[item.key], value: item.value })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {chart && <p>{fill(labels.showing, { chart: chartTitle })}</p>}
        </div>
      )}
    </div>
  );
}
