import { devices, test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";

type Setup = (context: BrowserContext) => Promise<unknown>;
type Kind = { context: BrowserContext; page?: Page };

/**
 * Every kind's context in a worker, made when a test first asks for it and kept until the worker ends. One worker
 * fixture for all kinds, defined once: Playwright gives tests with different worker fixtures different worker processes,
 * so a fixture per kind made it stop a worker and start another (a new Node process and a new browser) at every switch
 * between kinds.
 */
const test = base.extend<object, { sharedKinds: Map<string, Kind> }>({
  sharedKinds: [
    async ({}, provide) => {
      const kinds = new Map<string, Kind>();
      await provide(kinds);
      for (const kind of kinds.values()) await kind.context.close();
    },
    { scope: "worker" },
  ],
});

/**
 * A `test` whose `page` is one page per worker and kind (the context options and `setup`), kept for every test of that
 * kind, instead of a new browser context (and a new renderer process) per test: for tests that open a page and read it,
 * the context was two thirds of the CPU time. What could carry from one test to the next is cut off: the HTTP cache is
 * off (every page load fetches what a first visit fetches), each test's routes and listeners are removed when it ends,
 * a page that crashed or was closed is replaced, its media emulation and size go back to the kind's, and the page is
 * left on about:blank. Each document starts fresh anyway; the site keeps no cookie or storage.
 * `setup` runs once on the new context (init scripts every test of the kind needs).
 */
export const sharedPageTest = (options: BrowserContextOptions, setup?: Setup) => {
  const key = `${JSON.stringify(options)} ${setup?.toString() ?? ""}`;
  return test.extend({
    page: async ({ browser, sharedKinds }, provide) => {
      let kind = sharedKinds.get(key);
      if (!kind) {
        kind = { context: await browser.newContext({ ...devices["Desktop Chrome"], baseURL, ...options }) };
        await setup?.(kind.context);
        sharedKinds.set(key, kind);
      }
      if (!kind.page || kind.page.isClosed()) {
        kind.page = await kind.context.newPage();
        const cdp = await kind.context.newCDPSession(kind.page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      }
      const page = kind.page;
      await provide(page);
      await page.unrouteAll({ behavior: "ignoreErrors" });
      for (const type of ["request", "response", "requestfinished", "requestfailed", "console", "pageerror", "dialog", "download", "popup"]) page.removeAllListeners(type);
      // The next test's page.goto is then always a new document, even to an address that differs only in its #fragment.
      if (!page.isClosed()) await page.goto("about:blank").catch(() => page.close());
      if (!page.isClosed()) {
        // What a test may have changed on the page itself goes back to the kind's settings: media (print, dark) and size.
        // On the blank page: done on the test's page, each would restyle and lay out a long page once more.
        await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? null }).catch(() => undefined);
        const viewport = options.viewport ?? devices["Desktop Chrome"].viewport;
        if (viewport) await page.setViewportSize(viewport).catch(() => undefined);
      }
    },
  });
};
