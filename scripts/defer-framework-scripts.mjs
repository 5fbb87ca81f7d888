// Next writes its runtime as <script src=… async> tags in <head> (plus a low-priority preload of one of them).
// Every page's text, scores and SVG charts are already in the HTML, so none of that JavaScript is needed to
// read a page: it only hydrates the few controls a person uses (copy, share, the path simulator). Fetched at
// once, its ~135 KiB gzip competes with the HTML, CSS and fonts on a slow phone connection and pushes the
// largest paint back (Lighthouse mobile: LCP 2.5 s with it, 1.4 s without; see the README's bench section).
// So the tags are replaced by one inline loader that adds the same scripts when the page has loaded. They
// were async already — no order was promised — so the runtime behaves as before, only later.
//
// The page is read with parse5 (scripts/html-edit.mjs), as static-pages.mjs does: the tags are found by the parser and
// cut at the offsets it reports, so the rest of the page stays byte for byte as Next wrote it.
import { applyEdits, attribute, bodyEndOffset, parsedNodes } from "./html-edit.mjs";

/** The inline loader for these script URLs; its text is hashed into the page's CSP like Next's own inline scripts. */
export const scriptLoader = (sources) =>
  `(function(){var s=${JSON.stringify(sources)};function l(){s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.body.appendChild(e)})}` +
  `if(document.readyState==="complete")l();else addEventListener("load",l,{once:true})})()`;

const isAsyncScript = (node) => node.tagName === "script" && attribute(node, "src") !== undefined && attribute(node, "async") !== undefined;
const isScriptPreload = (node) => node.tagName === "link" && attribute(node, "rel") === "preload" && attribute(node, "as") === "script";

/**
 * Moves a page's framework scripts behind the load event. Returns the page unchanged (and deferred: 0) when
 * it has no async script tags, e.g. a page that was already rewritten.
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
