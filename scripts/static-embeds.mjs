// Embed pages (/vi/embed/…, /en/embed/…) hold one chart, drawn as SVG in the HTML, and no control a person uses:
// their only scripts are our own (the ?theme= switch, inline; frame.js, which reports the height to the host page).
// Next's runtime and the RSC payload it writes inline would only hydrate a page with nothing to hydrate, so they are
// removed: a newsroom's article loads no framework JavaScript per embedded chart, and every embed page has the same
// inline scripts, so one CSP rule covers them all (out/_headers stays within Cloudflare Pages' 100 rules).

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const scriptPreload = /<link\b[^>]*\bas="script"[^>]*\/?>/gi;
const frameworkSource = /\bsrc="\/_next\//;
const frameworkInline = /self\.__next_f|TURBOPACK|__next_s/;

/**
 * Removes Next's scripts (its chunks, their preloads and the inline RSC payload) from an embed page and keeps
 * every other script as it is. Running it twice changes nothing.
 * @param {string} html
 * @returns {{ html: string, removed: number }}
 */
export const withoutFrameworkScripts = (html) => {
  let removed = 0;
  const out = html
    .replace(scriptElement, (element, attributes, body) => {
      if (!frameworkSource.test(attributes) && !frameworkInline.test(body)) return element;
      removed += 1;
      return "";
    })
    .replace(scriptPreload, (element) => (/\bhref="\/_next\//.test(element) ? "" : element));
  return { html: out, removed };
};
