import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { builtOrigin, exportedPages, fileForPath, idsInFile } from "./site-pages";

// Every page of out/, visited once with JavaScript on (so hydration runs under the real CSP): no broken
// internal link or #anchor, no request leaving the site, no console error, no CSP violation, complete
// metadata, the headers we promise. Pages are discovered from out/, so new routes are crawled for free.
const pages = exportedPages();
const siteOrigin = builtOrigin(); // absolute links to the site's public address must resolve in out/ too

declare global {
  interface Window {
    __cspViolations?: string[];
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

for (const path of pages) {
  test(`crawl ${path}`, async ({ page, baseURL }) => {
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
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
      });
    });

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

    const response = await page.goto(path, { waitUntil: "networkidle" });
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

    // The framework's JavaScript waits for the page to load (scripts/defer-framework-scripts.mjs), and then runs.
    // On a busy machine the load event (and so the loader) may come after the network first goes idle.
    if (!isEmbed) await expect.poll(() => page.evaluate(() => performance.getEntriesByType("navigation")[0] && (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd > 0 && performance.getEntriesByType("resource").some((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(entry.name).pathname))), { message: "framework scripts were loaded after the load event", timeout: 15_000 }).toBe(true);
    const scripts = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const chunks = performance.getEntriesByType("resource").filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(entry.name).pathname));
      return { loadEventStart: navigation.loadEventStart, starts: chunks.map((entry) => entry.startTime), booted: typeof (window as { next?: { version?: string } }).next?.version === "string" };
    });
    if (isEmbed) {
      // An embed has nothing to hydrate: a host page loads no framework JavaScript per chart (scripts/static-embeds.mjs).
      expect(scripts.starts.length, "framework scripts loaded by an embed").toBe(0);
      expect(scripts.booted, "the framework runs in an embed").toBe(false);
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

test("a missing page gets the 404 page, which runs under its own CSP without violations", async ({ page }) => {
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
  const response = await page.goto("/en/no-such-page/", { waitUntil: "networkidle" });
  expect(response?.status()).toBe(404);
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
  expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
