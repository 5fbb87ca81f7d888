// Pages without the simulator (every page but /vi/path/ and /en/path/, config/budgets.json → interactivePages) have no
// control that needs React: their text, scores and SVG charts are in the HTML, and the few small behaviours (copy link,
// the share sheet, the citation's access date, a share link's ?chart=) are done by our own script, out/enhance.js
// (components/enhance/page-enhance.ts, ~2 KiB gzip). Next's runtime (~135 KiB gzip) and the RSC payload it writes inline
// would only hydrate a page with nothing to hydrate, so they are removed: a phone on a slow line downloads the page, its
// CSS and fonts, and nothing else. Embeds were the first such pages; a newsroom's article loads no framework per chart.
//
// The page is read with an HTML parser (parse5, scripts/html-edit.mjs), which finds the elements; the source is then cut
// at the offsets it reports, so every byte that is kept stays as Next wrote it (the inline scripts left keep their CSP hashes).
import { applyEdits, attribute, bodyEndOffset, parsedNodes, textOf } from "./html-edit.mjs";

const frameworkInline = /self\.__next_f|TURBOPACK|__next_s|"\/_next\//;

/** Next's chunks (and its nomodule polyfill), their preloads, and inline scripts that feed or load them. */
const isFramework = (node) => {
  if (node.tagName === "script") {
    const src = attribute(node, "src");
    return src === undefined ? frameworkInline.test(textOf(node)) : src.startsWith("/_next/");
  }
  return node.tagName === "link" && attribute(node, "as") === "script" && (attribute(node, "href") ?? "").startsWith("/_next/");
};

/**
 * Removes Next's scripts (its chunks, their preloads and the inline RSC payload) from a page and keeps every other
 * script as it is. With `script`, a page that has an element to enhance ([data-enhance]) gets that deferred script at
 * the end of <body>. Running it twice changes nothing.
 * @param {string} html
 * @param {{ script?: string }} [options]
 * @returns {{ html: string, removed: number, enhanced: boolean }}
 */
export const withoutFrameworkScripts = (html, { script } = {}) => {
  const nodes = parsedNodes(html);
  const cuts = nodes.filter(isFramework).map((node) => node.sourceCodeLocation);
  const enhanced = script !== undefined && nodes.some((node) => attribute(node, "data-enhance") !== undefined);
  const hasScript = nodes.some((node) => node.tagName === "script" && attribute(node, "src") === script);
  const insert = enhanced && !hasScript ? bodyEndOffset(nodes) : undefined;
  if (enhanced && !hasScript && insert === undefined) throw new Error("withoutFrameworkScripts: the page has no </body>");
  const edits = cuts.map(({ startOffset, endOffset }) => ({ start: startOffset, end: endOffset, text: "" }));
  if (insert !== undefined) edits.push({ start: insert, end: insert, text: `<script src="${script}" defer=""></script>` });
  return { html: applyEdits(html, edits), removed: cuts.length, enhanced };
};
