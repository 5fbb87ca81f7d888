// Inter arrives with font-display: swap over a metric-matched fallback (app/globals.css), yet a line that breaks
// differently in the two faces still moves what is below it when Inter swaps in (Lighthouse CLS 0.17–0.24 on the
// English score-history embed and three scenario pages, their only lost points). The browser finds a font only
// after it has laid the page out once; a <link rel="preload"> in <head> starts the download with the HTML, so
// Inter is usually there before the first paint. Only the files a page will use are preloaded: latin always,
// vietnamese when the page's text has a letter from that file (every Vietnamese page, some English ones).

/** The letters of Inter's vietnamese file (its unicode-range in app/globals.css, letters only). */
const vietnameseLetters = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

/**
 * The built font files by subset, from their names in out/_next/static/media ("inter-latin-wght-normal.<hash>.woff2").
 * @param {string[]} mediaFiles
 */
export const interFiles = (mediaFiles) => {
  const find = (subset) => mediaFiles.find((name) => new RegExp(`^inter-${subset}-wght-normal\\.[\\w-]+\\.woff2$`).test(name));
  return { latin: find("latin"), vietnamese: find("vietnamese") };
};

/**
 * The page with preload links for the Inter files it uses, first in <head>. Running it twice changes nothing.
 * @param {string} html @param {{ latin?: string, vietnamese?: string }} files names in /_next/static/media/
 */
export const withFontPreloads = (html, files) => {
  const text = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, "");
  const wanted = [files.latin, vietnameseLetters.test(text) ? files.vietnamese : undefined].filter(Boolean);
  const links = wanted
    .map((name) => `/_next/static/media/${name}`)
    .filter((href) => !html.includes(`<link rel="preload" href="${href}"`))
    .map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin=""/>`);
  if (links.length === 0) return html;
  const head = html.search(/<head(\s[^>]*)?>/i);
  if (head === -1) throw new Error("withFontPreloads: the page has no <head>");
  const end = html.indexOf(">", head) + 1;
  return `${html.slice(0, end)}${links.join("")}${html.slice(end)}`;
};
