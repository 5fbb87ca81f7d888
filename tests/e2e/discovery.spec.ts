import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { frozenReleaseIds, loadDataset, loadRelease } from "@/lib/data/read-dataset";
import { builtOrigin, exportedPages, fileForPath, idsInFile, isNoindex, outDir } from "./site-pages";

// Search engines and newsrooms: sitemap.xml with hreflang, robots.txt, the Atom feeds of data releases, read as
// XML the way a crawler or feed reader would, and every link in them checked against out/.
const origin = builtOrigin();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "url", "xhtml:link", "a", "li", "h3"].includes(name) });
const read = (path: string) => readFileSync(join(outDir, path), "utf8");
const indexablePages = exportedPages().filter((path) => !isNoindex(fileForPath(path)!));
const dataset = loadDataset();
const releaseIds = [...new Set([...frozenReleaseIds(), dataset.release.id])].sort().reverse();

/** A URL of this site → whether out/ has the file (and the #anchor, if any). */
const resolves = (url: string) => {
  const target = new URL(url);
  if (target.origin !== origin) return `${url}: not on ${origin}`;
  const file = fileForPath(target.pathname);
  if (!file) return `${url}: no such file in out/`;
  const anchor = decodeURIComponent(target.hash.slice(1));
  if (anchor && !idsInFile(file).has(anchor)) return `${url}: no element with id "${anchor}"`;
  return undefined;
};

test("sitemap.xml is valid XML listing every indexable page once, in both languages, with hreflang alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { urlset } = parser.parse(xml);
  expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  expect(urlset["@xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
  const entries: Array<{ loc: string; lastmod: string; "xhtml:link": Array<{ "@rel": string; "@hreflang": string; "@href": string }> }> = urlset.url;

  const locs = entries.map((entry) => entry.loc);
  expect(new Set(locs).size, "no page twice").toBe(locs.length);
  expect(locs.map((loc) => new URL(loc).pathname).sort(), "exactly the indexable pages of out/").toEqual(indexablePages.sort());
  for (const entry of entries) {
    expect(resolves(entry.loc)).toBeUndefined();
    expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const alternates = Object.fromEntries(entry["xhtml:link"].map((link) => [link["@hreflang"], link["@href"]]));
    expect(Object.keys(alternates).sort(), entry.loc).toEqual(["en", "vi", "x-default"]);
    const path = new URL(entry.loc).pathname.replace(/^\/(vi|en)\//, "/");
    expect(alternates, entry.loc).toEqual({ vi: `${origin}/vi${path}`, en: `${origin}/en${path}`, "x-default": `${origin}/vi${path}` });
    expect(locs, `${entry.loc}: each alternate is listed too`).toEqual(expect.arrayContaining(Object.values(alternates)));
  }
});

test("sitemap alternates agree with each page's own canonical and hreflang links", () => {
  for (const path of indexablePages) {
    const html = readFileSync(fileForPath(path)!, "utf8");
    expect(html, path).toContain(`<link rel="canonical" href="${origin}${path}"/>`);
    expect(html, path).toContain(`<link rel="alternate" hrefLang="x-default" href="${origin}/vi${path.replace(/^\/(vi|en)\//, "/")}"/>`);
  }
});

test("robots.txt lets crawlers in and points to the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("User-Agent: *");
  expect(lines).toContain("Allow: /");
  expect(lines.filter((line) => /^Disallow:\s*\/\s*$/.test(line)), "nothing disallows the whole site").toEqual([]);
  expect(lines).toContain(`Sitemap: ${origin}/sitemap.xml`);
});

for (const locale of ["vi", "en"] as const) {
  test(`/${locale}/feed.xml is a valid Atom feed of every data release, newest first, with what changed and working links`, async ({ request }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe(locale);
    expect(feed.id).toBe(`${origin}/${locale}/feed.xml`);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(feed.link.find((link: Record<string, string>) => link["@rel"] === "self")?.["@href"]).toBe(`${origin}/${locale}/feed.xml`);
    expect(feed.author.name).toBeTruthy();

    const entries: Array<Record<string, unknown> & { link: Array<Record<string, string>>; content: { "#text": string; "@type": string } }> = feed.entry;
    expect(entries.map((entry) => String(entry.id)), "one entry per release, newest first").toEqual(releaseIds.map((id) => `tag:${new URL(origin).host},${id}:release/${id}/${locale}`));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    const broken: string[] = [];
    for (const entry of entries) {
      expect(String(entry.updated)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const alternate = entry.link.find((link) => link["@rel"] === "alternate")!;
      const problem = resolves(alternate["@href"]);
      if (problem) broken.push(problem);
      expect(entry.content["@type"]).toBe("html");
      // The entry's HTML, as a feed reader renders it: every link must land on a page (and anchor) of out/.
      const html = entry.content["#text"];
      for (const [, href] of html.matchAll(/<a href="([^"]+)"/g)) {
        const problemInContent = resolves(href.replaceAll("&amp;", "&"));
        if (problemInContent) broken.push(problemInContent);
      }
    }
    expect(broken, "links in the feed that lead nowhere").toEqual([]);

    // The newest entry names every assessment and timeline event the release has and the one before lacked
    // (for the first release: all of them), each linked.
    const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name]!);
    const newest = text(entries[0].content["#text"]);
    const previous = releaseIds[1] ? loadRelease(releaseIds[1]) : undefined;
    const before = new Set([...(previous?.assessments ?? []), ...(previous?.timeline ?? [])].map((record) => record.id));
    for (const added of dataset.assessments.filter((assessment) => !before.has(assessment.id))) expect(newest, added.id).toContain(added.label[locale]);
    for (const added of dataset.timeline.filter((event) => !before.has(event.id))) expect(newest, added.id).toContain(added.title[locale]);
  });
}

test("every page announces both feeds in its <head>", () => {
  const missing: string[] = [];
  for (const path of indexablePages) {
    const head = readFileSync(fileForPath(path)!, "utf8").split("</head>")[0];
    const feeds = [...head.matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)" title="([^"]+)"\/>/g)].map((match) => match[1]);
    if (feeds.sort().join() !== [`${origin}/en/feed.xml`, `${origin}/vi/feed.xml`].join()) missing.push(`${path}: ${feeds.join(", ") || "none"}`);
  }
  expect(missing).toEqual([]);
});

test("no placeholder address anywhere in the build: every absolute URL uses the address it was built for", () => {
  const textFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return /\.(html|txt|json|xml|js|css|csv|bib|svg)$/.test(name) ? [path] : [];
    });
  const files = textFiles(outDir);
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.filter((file) => /example\.(org|com|net)|ogp-scorecard\.example/.test(readFileSync(file, "utf8"))).map((file) => relative(outDir, file));
  expect(offenders).toEqual([]);
  expect(read("vi/index.html")).toContain(`<link rel="canonical" href="${origin}/vi/"/>`);
  expect(read("embed/resize.js")).toContain(`var origin = ${JSON.stringify(origin)};`);
  expect(JSON.parse(read("oembed/vi/criteria.json")).html).toContain(`src="${origin}/vi/embed/criteria/"`);
});
