"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { ShareButtons } from "@/components/export/share-buttons";
import { ShareLinksView } from "@/components/export/share-links-view";
import { scenarioChartData } from "@/lib/charts/scenario-chart";
import { pagePathForState, stateOfPagePath, type ScenarioAddressBook } from "@/lib/url-state/scenario-address";
import { scenarioShareMessage, verdictLabel } from "@/lib/export/share-text";
import { barVerdict, scoreText } from "@/lib/format/bar-verdict";
import { fillTemplate } from "@/lib/format/fill-template";
import { localePath } from "@/lib/format/locale";
import { applyReforms } from "@/lib/scoring/apply-reforms";
import { criterionPossibilities, reformReach } from "@/lib/scoring/reform-reach";
import { passRuleOf } from "@/lib/scoring/score-assessment";
import type { SimulatorSetup } from "@/lib/scoring/simulator-setup";
import type { Locale } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";
import { parsePathState, serializePathState, type PathState, type PathStateContext } from "@/lib/url-state/path-state";
import type { PathStrings } from "./path-strings";
import { ReformSwitches } from "./reform-switches";
import { ScenarioResultView } from "./scenario-result-view";
import { midSentence } from "@/lib/format/mid-sentence";

// recharts is only fetched here, and only once the view differs from the server figure (a shared link with reforms)
// or the person starts using the simulator: the default view is exactly the server figure, so loading a charting
// library to redraw it would only cost a phone ~100 KiB and its main thread. Until it arrives (and without
// JavaScript) the server figure shows.
const PathLiveChart = dynamic(() => import("./path-live-chart").then((module) => module.PathLiveChart), { ssr: false });

const urlChangeEvent = "ogp:path-url";
/** The address this page rewrote an adjusted share link into; the notice shows while the page is on it. */
let adjustedLink: string | null = null;
const notifyUrlChange = () => window.dispatchEvent(new Event(urlChangeEvent));
/** A choice: a new history entry, so Back and Forward walk through the choices. */
const pushAddress = (href: string) => {
  adjustedLink = null;
  // No state of our own: Next copies its router state in and follows the new address (passing its state would hide the change).
  window.history.pushState(null, "", href);
  notifyUrlChange();
};
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
/** "0/vi/path/?base=…" or "1/vi/path/with/…/": the address, and whether it is the rewrite of an adjusted link. */
const urlSnapshot = () => {
  const address = `${window.location.pathname}${window.location.search}`;
  return `${adjustedLink !== null && adjustedLink === address ? "1" : "0"}${address}`;
};

export type ReformText = {
  id: string;
  title: string;
  /** What the rule gives ("+2 points for Fiscal transparency"). */
  effect: string;
  unconfirmed: boolean;
  done: boolean;
  criterion: Reform["criterion"];
  progressKind: Reform["progress"];
  /** "Khảo sát … ghi nhận …": shown where the full details (with sources) are not on the page. */
  progressNote: string;
  effectKind: Reform["effect"];
  points: number;
};

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
  /** Which states have a page of their own (scenario pages from the default start, named scenarios). */
  addressBook: ScenarioAddressBook;
  /** The site's public origin: share links name the published page, wherever this copy is served. */
  origin: string;
  /** The data release date as pages show it, for the share text. */
  date: string;
  /** Why a start's total is a range, per start id, where the page knows (computed years). */
  rangeWhy: Record<string, string>;
};

/** The reform simulator: choose a starting assessment and reforms; the state lives in the URL (?base=…&reforms=…). */
export function PathSimulator({ locale, setup, reformTexts, details, strings, badge, fallback, addressBook, origin, date, rangeWhy }: Props) {
  const context: PathStateContext = useMemo(
    () => ({ baseIds: setup.bases.map((base) => base.assessment.id), reformIds: setup.reforms.map((reform) => reform.id), defaultBase: setup.defaultBase }),
    [setup],
  );
  const snapshot = useSyncExternalStore(subscribeToUrl, urlSnapshot, () => null);
  const address = snapshot === null ? null : snapshot.slice(1);
  const hydrated = address !== null;
  // The state is in the query (/path/?base=…&reforms=…), or is the page the address names (/path/with/…/).
  const parsed = useMemo(() => {
    if (address === null) return null;
    // The query starts at the first "?" (a shared link may hold more).
    const at = address.indexOf("?");
    const [pathname, query] = at < 0 ? [address, ""] : [address.slice(0, at), address.slice(at)];
    const onPage = stateOfPagePath(pathname.replace(/^\/[^/]+(?=\/)/, ""), addressBook);
    return onPage ? { state: onPage, adjustments: [] } : parsePathState(query, context);
  }, [address, context, addressBook]);
  const state: PathState = parsed?.state ?? { base: setup.defaultBase, reforms: [] };
  const adjusted = snapshot !== null && ((parsed?.adjustments.length ?? 0) > 0 || snapshot.startsWith("1"));
  const [chartReady, setChartReady] = useState(false);
  const [interacted, setInteracted] = useState(false);
  const markInteracted = useCallback(() => setInteracted(true), []);
  const onChartReady = useCallback(() => setChartReady(true), []);


  const base = setup.bases.find((candidate) => candidate.assessment.id === state.base) ?? setup.bases[0];
  const rule = base.rule ?? undefined;
  const chosen = setup.reforms.filter((reform) => state.reforms.includes(reform.id));
  const scenario = applyReforms(base.assessment, chosen, { id: "simulator", label: base.assessment.label, rule });
  const data = scenarioChartData(scenario, rule);
  const s = (key: string, values: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, values);
  const text = (range: { min: number; max: number }) =>
    range.min === range.max ? s("score", { points: range.min, outOf: data.applicable }) : s("scoreRange", { min: range.min, max: range.max, outOf: data.applicable });
  const showsDefault = state.base === setup.defaultBase && state.reforms.length === 0;
  const liveChart = hydrated && (interacted || !showsDefault);
  const verdict = barVerdict(data.scenario, data.threshold, data.applicable, scenario.score.eligibility);
  const met = verdict.kind === "met";

  // What each reform can do from this start: one that cannot add points is shown as such, not as a switch adding 0.
  const reaches = new Map(setup.reforms.map((reform) => [reform.id, reformReach(base.assessment, reform, rule)]));
  const adding = setup.reforms.filter((reform) => reaches.get(reform.id)?.kind === "adds").map((reform) => reform.id);
  // A state's address: its page where it has one (what the share links give), else the simulator with the query.
  const pageOf = (next: PathState) => pagePathForState(next, adding, addressBook);
  const hrefOf = (next: PathState) => localePath(locale, pageOf(next) ?? `/path/${serializePathState(next, context)}`);
  const toggled = (id: string): PathState => ({ ...state, reforms: state.reforms.includes(id) ? state.reforms.filter((other) => other !== id) : [...state.reforms, id] });
  const items = reformTexts.map((reform) => ({ ...reform, on: state.reforms.includes(reform.id), reach: reaches.get(reform.id)!, href: hrefOf(toggled(reform.id)) }));

  const pagePath = pageOf(state);
  const shareHref = hrefOf(state);

  // The address is the share link: the page of this state where it has one (a copied address then carries that
  // page's preview, as the Share buttons do), else the simulator with the full, valid state in the query. A link that
  // needed changes is rewritten in place (the notice stays while the page shows it); choices push a new history
  // entry, so Back and Forward walk through them.
  useEffect(() => {
    if (address === null || !parsed) return;
    if (address === shareHref) return;
    adjustedLink = parsed.adjustments.length > 0 ? shareHref : null;
    window.history.replaceState(null, "", `${shareHref}${window.location.hash}`);
    notifyUrlChange();
  }, [address, parsed, shareHref]);

  const update = (next: PathState) => {
    setInteracted(true);
    pushAddress(hrefOf(next));
  };
  const named = pagePath && addressBook.named.find((candidate) => pagePath === `/path/${candidate.id}/`);
  const message = scenarioShareMessage(s, {
    url: `${origin}${shareHref}`,
    reforms: items.filter((item) => item.on && item.reach.kind === "adds").map((item) => item.title),
    title: named ? named.title[locale] : undefined,
    range: data.scenario,
    threshold: data.threshold,
    outOf: data.applicable,
    eligibility: scenario.score.eligibility,
    start: { label: base.assessment.label[locale], score: scoreText(data.start, data.applicable) },
    date,
  });
  const defaultLabel = setup.bases.find((candidate) => candidate.assessment.id === setup.defaultBase)?.assessment.label[locale] ?? "";

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
        <div className="path-choose">
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
            // Disabled in the HTML for readers without JavaScript; with it, the page's loader enables the select before the
            // runtime has run and a change opens the option's address, a link with that start that runs the runtime at once
            // (scripts/defer-framework-scripts.mjs).
            data-navigate-before-hydration=""
          >
            {setup.bases.map(({ assessment }) => (
              <option key={assessment.id} value={assessment.id} data-href={localePath(locale, `/path/${serializePathState({ base: assessment.id, reforms: [] }, context)}`)}>
                {assessment.label[locale]}
              </option>
            ))}
          </select>
          <p id="path-base-help" className="mt-1 text-sm text-muted">
            {s("baseHelp")} {/* Only without JavaScript is the select still disabled (with it, the page's loader enables it at once). */}
            {!hydrated && (
              <noscript>
                <span data-testid="base-loading">{s("baseLoading")}</span>
              </noscript>
            )}
          </p>
          <fieldset className="mt-4">
            <legend className="font-semibold">{s("reformsLegend")}</legend>
            <p className="text-sm text-muted">{s("reformsHelp")}</p>
            <ReformSwitches items={items} say={s} interactive={hydrated} onToggle={(id) => update(toggled(id))} details={details} />
          </fieldset>
          {/* On a phone the result sits below the list: a one-line summary stays in view while choosing (app/globals.css keeps it off the cards). */}
          <p
            className={`sticky bottom-0 z-10 mt-3 rounded-t border-2 border-b-0 bg-paper px-3 py-2 text-sm font-semibold shadow lg:hidden ${met ? "border-solid border-good text-good" : "border-dashed border-scenario"}`}
            aria-hidden="true"
            data-testid="sticky-score"
            data-verdict={verdict.kind}
          >
            {s("resultBar", { score: text(data.scenario), verdict: verdictLabel(s, verdict) })} · <span className="font-normal text-ink">{s("resultBarThreshold", { threshold: data.threshold, outOf: data.applicable })}</span>
          </p>
          <p className="sr-only" aria-live="polite" data-testid="score-announcement">
            {hydrated ? `${s("scenarioScore", { score: text(data.scenario) })} ${verdictLabel(s, verdict)}` : ""}
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
            rangeWhy={rangeWhy[base.assessment.id]}
            possible={criterionPossibilities(scenario)}
            locale={locale}
          />
          <section aria-labelledby="simulator-share-title" className="no-print rounded-lg border border-line p-3" data-testid="simulator-share" data-share-url={message.url} data-page={pagePath ?? ""}>
            <h3 id="simulator-share-title" className="text-lg font-bold">
              {s("shareTitle")}
            </h3>
            {pagePath && pagePath !== "/path/" && (
              <p className="mt-1 text-sm">
                {s("sharePage")}{" "}
                <a href={shareHref} className="underline" data-testid="scenario-page-link">
                  {s("openPage")}
                </a>
              </p>
            )}
            {!pagePath && <p className="mt-1 text-sm">{s("shareNoPage", { start: midSentence(defaultLabel) })}</p>}
            <div className="mt-2">
              <ShareLinksView
                message={message}
                say={s}
                id="simulator-share"
                buttons={
                  <ShareButtons
                    href={shareHref}
                    title={message.subject}
                    text={message.text}
                    labels={{ copyLink: s("share.copyLink"), copied: s("share.copied"), copyFailed: s("share.copyFailed"), shareSheet: s("share.shareSheet"), link: s("share.linkToPage"), copyText: s("sharing.copyText") }}
                  />
                }
              />
            </div>
          </section>
        </div>
      </div>
      <div className="mt-6" data-testid="path-chart">
        {liveChart && <PathLiveChart scenario={scenario} rule={rule} passMarkPercent={rule?.passMarkPercent ?? passRuleOf().passMarkPercent} locale={locale} strings={strings} onReady={onChartReady} />}
        {!chartReady && fallback}
      </div>
    </div>
  );
}
