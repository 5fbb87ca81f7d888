import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import budgets from "../../config/budgets.json" with { type: "json" };
import { gotoSettled, moveMouse } from "./helpers";
import { sharedPageTest } from "./shared-page";
import { builtOrigin, exportedPages, fileForPath, idsInFile } from "./site-pages";

// Every page of out/, visited once with JavaScript on (so hydration runs under the real CSP): no broken
// internal link or #anchor, no request leaving the site, no console error, no CSP violation, complete
// metadata, the headers we promise. Pages are discovered from out/, so new routes are crawled for free.
const pages = exportedPages();
const siteOrigin = builtOrigin(); // absolute links to the site's public address must resolve in out/ too
const { interactivePages } = budgets.javascript;

declare global {
  interface Window {
    __cspViolations?: string[];
    __shared?: ShareData[];
  }
}

test("the export has pages in both languages, each with its counterpart", () => {
  const vi = pages.filter((path) => path.startsWith("/vi/")).map((path) => path.slice(3));
  const en = pages.filter((path) => path.startsWith("/en/")).map((path) => path.slice(3));
  expect(vi.length, "pages under /vi/").toBeGreaterThan(0);
  expect(en, "every Vietnamese page has an English page at the same path, and back").toEqual(vi);
});

/** Every URL a page points at or loads, with where it came from, read from the live DOM. */
const referencesOf = (page: Page) =>
  page.evaluate(() => {
    const found: { url: string; from: string }[] = [];
    const add = (selector: string, attribute: string) => {
      for (const element of document.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute);
        if (value) found.push({ url: new URL(value, document.baseURI).href, from: `<${element.localName} ${attribute}="${value}">` });
      }
    };
    add("a[href]", "href");
    add("area[href]", "href");
    add("link[href]", "href");
    add("script[src]", "src");
    add("img[src]", "src");
    add("source[src]", "src");
    add("iframe[src]", "src");
    add("form[action]", "action");
    add('meta[property^="og:"][content^="http"], meta[name^="twitter:"][content^="http"]', "content");
    return found;
  });

/**
 * A page without the framework: our own script did every job the static HTML left to it. Each share link became "copy
 * link" (which copies the link's absolute URL) and the share sheet (which gets the same URL), each citation date is
 * today's; an embed loads no script of ours but its own.
 */
const expectEnhanced = async (page: Page, path: string, isEmbed: boolean) => {
  const own = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith(".js")));
  const markers = await page.evaluate(() => document.querySelectorAll("[data-enhance]").length);
  expect(markers, "elements our script left as they were").toBe(0);
  if (isEmbed) return expect(own.filter((path) => path !== "/embed/frame.js"), "scripts an embed loads").toEqual([]);
  const groups = page.locator("span[data-share-link]");
  if (!readFileSync(fileForPath(path)!, "utf8").includes("data-enhance=")) return expect(own, "scripts a page with nothing to enhance loads").toEqual([]);
  expect(own, "a page's only script is ours").toEqual(["/enhance.js"]);
  if ((await groups.count()) > 0) {
    const group = groups.first();
    const url = (await group.getAttribute("data-share-link"))!;
    expect(new URL(url).origin, "the share URL is absolute, on this site").toBe(new URL(page.url()).origin);
    await group.getByRole("button").first().click();
    await expect(group.getByRole("status")).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText()), "copy link copies the share URL").toBe(url);
    await group.locator("[data-share-sheet]").click();
    await expect.poll(() => page.evaluate(() => window.__shared?.at(-1)?.url), { message: "the share sheet gets the share URL" }).toBe(url);
  }
  const today = new Date().toISOString().slice(0, 10);
  const dates = () => page.evaluate(() => [...document.querySelectorAll("[data-access-date]")].map((date) => date.getAttribute("data-access-date")));
  const count = (await dates()).length;
  await expect.poll(dates, { message: "each citation's access date is today" }).toEqual(Array.from({ length: count }, () => today));
};

// One page per worker visits every page (tests/e2e/shared-page.ts), with the clipboard allowed and, in every document,
// a collector of CSP violations and a stand-in share sheet.
const crawl = sharedPageTest({ permissions: ["clipboard-read", "clipboard-write"] }, (context) =>
  context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
    // Desktop chromium has no share sheet: a stand-in records what a page hands it.
    window.__shared = [];
    navigator.share = async (data?: ShareData) => void window.__shared!.push(data ?? {});
  }),
);

for (const path of pages) {
  crawl(`crawl ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const external: string[] = [];
    const failed: string[] = [];
    const consoleErrors: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) external.push(request.url());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    // CSP violations show up as console errors ("Refused to …") and as securitypolicyviolation events.
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));

    // A meta-refresh page (/ → /vi/) would leave before it is checked: serve it without the refresh (same
    // headers, same scripts, so the same CSP) and check the refresh target like any other link.
    const refreshPattern = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"\s*\/?>/i;
    const refreshTarget = refreshPattern.exec(readFileSync(fileForPath(path)!, "utf8"))?.[1];
    if (refreshTarget) {
      await page.route((url) => url.pathname === path, async (route) => {
        const original = await route.fetch();
        const headers = { ...original.headers() };
        delete headers["content-encoding"];
        delete headers["content-length"];
        await route.fulfill({ response: original, headers, body: (await original.text()).replace(refreshPattern, "") });
      });
    }

    const response = await gotoSettled(page, path);
    expect(response?.status(), "page answers 200").toBe(200);

    // The headers we promise (config/security-headers.mjs), on the page's own response.
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc, "script-src is set, with hashes instead of 'unsafe-inline'").toContain("'self'");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    const isEmbed = /^\/(vi|en)\/embed\//.test(path);
    if (isEmbed) {
      expect(csp, "embeds may be framed by any site").toContain("frame-ancestors *");
      expect(headers["x-frame-options"]).toBeUndefined();
    } else {
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"]).toBe("DENY");
    }

    // Metadata: every page has a title; an indexable page also has a description, a canonical link and
    // hreflang alternates for both languages and x-default. (Redirect and not-found pages are noindex.)
    const meta = await page.evaluate(() => ({
      title: document.title.trim(),
      robots: document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "",
      description: document.querySelector('meta[name="description"]')?.getAttribute("content")?.trim() ?? "",
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "",
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => link.getAttribute("hreflang")),
    }));
    expect(meta.title, "page has a title").not.toBe("");
    if (!/noindex/.test(meta.robots)) {
      expect(meta.description, "meta description").not.toBe("");
      expect(meta.canonical, "canonical link").not.toBe("");
      expect([...new Set(meta.alternates)].sort(), "hreflang alternates").toEqual(["en", "vi", "x-default"]);
    }

    // Links: every reference to the site (here or at its public origin) resolves to a file in out/, and
    // every #fragment to an element id on the target page.
    const broken: string[] = [];
    const references = await referencesOf(page);
    if (refreshTarget) references.push({ url: new URL(refreshTarget, response!.url()).href, from: `<meta http-equiv="refresh" url=${refreshTarget}>` });
    for (const { url, from } of references) {
      const target = new URL(url);
      if (!["http:", "https:"].includes(target.protocol) || ![origin, siteOrigin].includes(target.origin)) continue;
      const file = fileForPath(target.pathname);
      if (!file) broken.push(`${from}: no such file in out/`);
      else if (target.hash.length > 1 && file.endsWith(".html") && !idsInFile(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${from}: no element with id "${decodeURIComponent(target.hash.slice(1))}" on ${target.pathname}`);
      }
    }
    expect(broken, "broken internal links").toEqual([]);

    // Only the Inter subsets our languages need (latin, latin-ext, vietnamese) may be downloaded.
    const fontFiles = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => /\.woff2?(\?|$)/.test(name)));
    expect(fontFiles.filter((name) => /cyrillic|greek/.test(name)), "cyrillic or greek font files").toEqual([]);

    // Nothing is prefetched: no other page's RSC data is fetched while this one loads (links say prefetch={false}).
    const prefetched = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => /[?&]_rsc=/.test(name)));
    expect(prefetched, "other pages' data fetched without a click").toEqual([]);

    // Only the simulator's pages load the framework, after the load event (scripts/defer-framework-scripts.mjs); every
    // other page loads no /_next/ script at all (scripts/static-pages.mjs), only our own out/enhance.js where it has
    // something to enhance. The loader runs them on the reader's first interaction: a mouse move here, after the load event.
    const keepsFramework = interactivePages.includes(path);
    if (keepsFramework) await moveMouse(page);
    if (keepsFramework) await expect.poll(() => page.evaluate(() => performance.getEntriesByType("navigation")[0] && (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd > 0 && performance.getEntriesByType("resource").some((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(entry.name).pathname))), { message: "framework scripts were loaded after the load event", timeout: 15_000 }).toBe(true);
    const scripts = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const frameworkScripts = performance.getEntriesByType("resource").filter((entry) => /^\/_next\/.*\.js$/.test(new URL(entry.name).pathname));
      return { loadEventStart: navigation.loadEventStart, starts: frameworkScripts.map((entry) => entry.startTime), booted: typeof (window as { next?: { version?: string } }).next?.version === "string" };
    });
    if (!keepsFramework) {
      expect(scripts.starts.length, "/_next/ scripts loaded by a page without the simulator").toBe(0);
      expect(scripts.booted, "the framework runs on a page without the simulator").toBe(false);
      await expectEnhanced(page, path, isEmbed);
    } else {
      expect(scripts.starts.length, "framework scripts were loaded").toBeGreaterThan(0);
      expect(Math.min(...scripts.starts), "no framework script is fetched before the load event").toBeGreaterThanOrEqual(scripts.loadEventStart);
      // On a busy machine the deferred chunks may still be running when the network goes idle: wait for the boot.
      if (!scripts.booted) await expect.poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version === "string"), { message: "the framework booted (window.next is set)", timeout: 15_000 }).toBe(true);
    }

    expect(await page.evaluate(() => window.__cspViolations ?? []), "CSP violations").toEqual([]);
    expect(external, "requests that left the site").toEqual([]);
    expect(consoleErrors, "console errors (CSP reports included)").toEqual([]);
    expect(failed, "failed requests").toEqual([]);
  });
}

// With JavaScript off every page still reads: its heading and text are in the HTML, a share link is a plain link to
// the page's own address, and the citation keeps its placeholder for the date.
const read = sharedPageTest({ javaScriptEnabled: false });
read.describe("without JavaScript", () => {
  for (const path of pages.filter((path) => path !== "/")) {
    read(`reads ${path}`, async ({ page }) => {
      await page.goto(path, { waitUntil: "load" });
      // Without JavaScript the document is complete at the load event: read it in one look.
      const seen = await page.evaluate(() => ({
        heading: document.querySelector("h1, h2")?.textContent?.trim() ?? "",
        text: document.body.innerText.trim().length,
        shareLinks: [...document.querySelectorAll("a[data-share-link]")].map((link) => link.getAttribute("href")),
        accessDates: [...document.querySelectorAll("[data-access-date]")].map((date) => date.getAttribute("data-access-date")),
      }));
      expect(seen.heading, "the page's (or the embedded chart's) heading").not.toBe("");
      expect(seen.text, "the page's text").toBeGreaterThan(40);
      for (const href of seen.shareLinks) expect(href, "a share link is a plain link on this site").toMatch(/^\/(vi|en)\//);
      for (const date of seen.accessDates) expect(date, "the citation keeps its placeholder for the date").toBe("");
    });
  }
});

test("a missing page gets the 404 page, which runs under its own CSP (no inline script: it has none) without violations", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    // The browser reports the 404 status of the page itself; that one is expected.
    if (message.type() === "error" && !/status of 404/.test(message.text())) consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI || "inline"}`));
  });
  const response = await gotoSettled(page, "/en/no-such-page/");
  expect(response?.status()).toBe(404);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self';");
  expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
