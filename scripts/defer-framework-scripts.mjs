// Next writes its runtime as <script src=… async> tags in <head> (plus a low-priority preload of one of them).
// Every page's text, scores and SVG charts are already in the HTML, so none of that JavaScript is needed to
// read a page: it only hydrates the simulator's controls. Fetched at once, its ~145 KiB gzip competes with the
// HTML, CSS and fonts on a slow phone connection and pushes the largest paint back; run at the load event, it
// blocks a phone's main thread for 200–300 ms (Lighthouse TBT) while the reader is only reading.
//
// So the tags are replaced by one inline loader that runs them on the reader's first sign of presence (the
// "hydrate on interaction" pattern of Angular's `hydrate on interaction` and Astro's islands):
//   - at once when the address has a query: a shared link with a state, which the server's HTML (the default
//     view) does not show;
//   - otherwise on the first pointerdown, pointermove, touchstart, keydown, focusin, wheel or scroll (the events
//     are listed, with why each is there, in the loader below);
//   - the chunks are prefetched (downloaded, not run) after the load event and the frame painted after it, so the
//     first interaction only has to run them. Not earlier: a prefetch from <head>, or one started at the load event
//     before the largest text is painted, shares a slow line with that paint (Lighthouse's simulated LCP went from
//     1.5 s to 2.4 s in the runs where the load event came first).
// Before the runtime has run, the page still works: the reform switches are links to each state's page, and the
// starting-point <select> (rendered disabled, for readers without JavaScript) is enabled by the loader and, when
// changed, opens the simulator with that start in the query ([data-navigate-before-hydration], each option's
// data-href), which runs the runtime at once. The scripts were async already — no order was promised — so the
// runtime behaves as before, only later.
//
// The page is read with parse5 (scripts/html-edit.mjs), as static-pages.mjs does: the tags are found by the parser and
// cut at the offsets it reports, so the rest of the page stays byte for byte as Next wrote it.
import { applyEdits, attribute, bodyEndOffset, parsedNodes } from "./html-edit.mjs";

// Each trigger is a sign that someone is using the page, by any means:
//   pointerdown, pointermove  a mouse or pen (move: a desktop reader usually moves before clicking)
//   touchstart                a finger, before any click is synthesised
//   keydown, focusin          the keyboard and screen readers (Tab, a screen reader's virtual cursor focusing a
//                             control, or a shortcut): a keyboard user is never left with an unhydrated control
//   wheel, scroll             reading on: scrolling by wheel, touch, keys or a screen reader's "scroll into view"
// Listened for on window in the capture phase (scroll and focus events on elements reach window only then), passive
// (the loader never cancels anything), and all removed when the first counts. A pointermove without movement does not
// count: a browser sends one on its own when a page appears under a resting pointer (Chromium's headless shell does at
// every load), and that is no reader arriving.
export const presenceEvents = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "wheel", "scroll"];

/** The inline loader for these script URLs; its text is hashed into the page's CSP like Next's own inline scripts. */
export const scriptLoader = (sources) =>
  "(function(){" +
  `var s=${JSON.stringify(sources)},t=${JSON.stringify(presenceEvents)},o={capture:true,passive:true},d=document,k=false;` +
  // Runs the runtime, once; a pointer that has not moved is no reader.
  'function r(e){if(k||e&&e.type==="pointermove"&&!e.movementX&&!e.movementY)return;k=true;t.forEach(function(n){removeEventListener(n,r,o)});' +
  's.forEach(function(u){var e=d.createElement("script");e.src=u;e.async=true;d.body.appendChild(e)})}' +
  // Downloads it without running it, in the task after the next frame (painted by then).
  'function p(){if(k)return;s.forEach(function(u){var e=d.createElement("link");e.rel="prefetch";e.as="script";e.href=u;d.head.appendChild(e)})}' +
  "function q(){requestAnimationFrame(function(){setTimeout(p,0)})}" +
  // The controls that work before the runtime: enabled, and a change opens the chosen option's address until hydrated.
  'd.querySelectorAll("select[data-navigate-before-hydration]").forEach(function(c){c.disabled=false;c.addEventListener("change",function(){' +
  'var h=c.closest("[data-hydrated]"),a=c.options[c.selectedIndex];if(h&&h.getAttribute("data-hydrated")==="true")return;' +
  'if(a&&a.getAttribute("data-href"))location.assign(a.getAttribute("data-href"))})});' +
  "if(location.search){r();return}" +
  "t.forEach(function(n){addEventListener(n,r,o)});" +
  'if(d.readyState==="complete")q();else addEventListener("load",q,{once:true})' +
  "})()";

const isAsyncScript = (node) => node.tagName === "script" && attribute(node, "src") !== undefined && attribute(node, "async") !== undefined;
const isScriptPreload = (node) => node.tagName === "link" && attribute(node, "rel") === "preload" && attribute(node, "as") === "script";

/**
 * Moves a page's framework scripts behind the reader's first interaction (at once for an address with a query).
 * Returns the page unchanged (and deferred: 0) when it has no async script tags, e.g. a page that was already rewritten.
 * @param {string} html
 * @returns {{ html: string, deferred: number, sources: string[] }}
 */
export const deferFrameworkScripts = (html) => {
  const nodes = parsedNodes(html);
  const scripts = nodes.filter(isAsyncScript);
  const sources = scripts.map((node) => attribute(node, "src"));
  if (sources.length === 0) return { html, deferred: 0, sources };
  const end = bodyEndOffset(nodes);
  if (end === undefined) throw new Error("deferFrameworkScripts: the page has no </body>");
  const cuts = [...scripts, ...nodes.filter(isScriptPreload)].map(({ sourceCodeLocation: { startOffset, endOffset } }) => ({ start: startOffset, end: endOffset, text: "" }));
  return { html: applyEdits(html, [...cuts, { start: end, end, text: `<script>${scriptLoader(sources)}</script>` }]), deferred: sources.length, sources };
};
