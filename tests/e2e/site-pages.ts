import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The static export the browser tests run on. */
export const outDir = join(process.cwd(), "out");

const htmlFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFilesUnder(path); // _next, _not-found, _nginx
    return entry.name === "index.html" ? [path] : [];
  });

/**
 * Every page of the export as a URL path ("/", "/vi/", "/en/criteria/fiscal-transparency/"), found from
 * out/**\/index.html so new pages are crawled without listing them. The 404 copies Next writes are not pages.
 */
export const exportedPages = (): string[] => {
  if (!existsSync(outDir)) return [];
  return htmlFilesUnder(outDir)
    .map((file) => `/${relative(outDir, file).replaceAll("\\", "/")}`.replace(/index\.html$/, ""))
    .filter((path) => path !== "/404/")
    .sort();
};

/** The file a static host answers a site path with, or undefined when it would answer 404. */
export const fileForPath = (pathname: string): string | undefined => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = join(outDir, decoded);
  if (!candidate.startsWith(outDir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
};

const idCache = new Map<string, Set<string>>();

/** The element ids in a page's static HTML: what a #fragment link can land on, with JavaScript on or off. */
export const idsInFile = (file: string): Set<string> => {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, "utf8");
    ids = new Set([...html.matchAll(/\sid=["']([^"']+)["']/g)].map((match) => decodeHtmlEntities(match[1])));
    idCache.set(file, ids);
  }
  return ids;
};

const decodeHtmlEntities = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** The address out/ was built for (scripts/postbuild.mjs writes it to out/_site.json; npm test builds for the test address). */
export const builtOrigin = (): string => JSON.parse(readFileSync(join(outDir, "_site.json"), "utf8")).origin;

/** Whether a page's HTML asks search engines to leave it out (the "/" redirect and the 404 copies). */
export const isNoindex = (file: string) => /<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, "utf8"));
