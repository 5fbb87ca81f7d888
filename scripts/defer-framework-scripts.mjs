// Next writes its runtime as <script src=… async> tags in <head> (plus a low-priority preload of one of them).
// Every page's text, scores and SVG charts are already in the HTML, so none of that JavaScript is needed to
// read a page: it only hydrates the few controls a person uses (copy, share, the path simulator). Fetched at
// once, its ~135 KiB gzip competes with the HTML, CSS and fonts on a slow phone connection and pushes the
// largest paint back (Lighthouse mobile: LCP 2.5 s with it, 1.4 s without; see the README's bench section).
// So the tags are replaced by one inline loader that adds the same scripts when the page has loaded. They
// were async already — no order was promised — so the runtime behaves as before, only later.

const asyncScript = /<script src="([^"]+)" async=""><\/script>/g;
const scriptPreload = /<link rel="preload" as="script"[^>]*\/>/g;

/** The inline loader for these script URLs; its text is hashed into the page's CSP like Next's own inline scripts. */
export const scriptLoader = (sources) =>
  `(function(){var s=${JSON.stringify(sources)};function l(){s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.body.appendChild(e)})}` +
  `if(document.readyState==="complete")l();else addEventListener("load",l,{once:true})})()`;

/**
 * Moves a page's framework scripts behind the load event. Returns the page unchanged (and deferred: 0) when
 * it has no async script tags, e.g. a page that was already rewritten.
 * @param {string} html
 */
export const deferFrameworkScripts = (html) => {
  const sources = [...html.matchAll(asyncScript)].map((match) => match[1]);
  if (sources.length === 0) return { html, deferred: 0, sources };
  const stripped = html.replace(asyncScript, "").replace(scriptPreload, "");
  const end = stripped.lastIndexOf("</body>");
  if (end === -1) throw new Error("deferFrameworkScripts: the page has no </body>");
  return { html: `${stripped.slice(0, end)}<script>${scriptLoader(sources)}</script>${stripped.slice(end)}`, deferred: sources.length, sources };
};
