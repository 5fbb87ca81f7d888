import { devices, test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";

/**
 * A `test` whose `page` is one page per worker, kept for every test of that kind, instead of a new browser context (and
 * a new renderer process) per test: for tests that open a page and read it, the context was two thirds of the CPU
 * time. What could carry from one test to the next is cut off: the HTTP cache is off (every page load fetches what a
 * first visit fetches), each test's routes and listeners are removed when it ends, and a page that crashed or was
 * closed is replaced, its media emulation and size go back to the kind's, and the page is left on about:blank. Each document starts fresh anyway; the site keeps no cookie or storage.
 * `setup` runs once on the new context (init scripts every test of the kind needs).
 */
export const sharedPageTest = (options: BrowserContextOptions, setup?: (context: BrowserContext) => Promise<unknown>) =>
  base.extend<object, { sharedContext: { context: BrowserContext; page: () => Promise<Page> } }>({
    sharedContext: [
      async ({ browser }, provide) => {
        const context = await browser.newContext({ ...devices["Desktop Chrome"], baseURL, ...options });
        await setup?.(context);
        let current: Page | undefined;
        const page = async () => {
          if (current && !current.isClosed()) return current;
          current = await context.newPage();
          const cdp = await context.newCDPSession(current);
          await cdp.send("Network.enable");
          await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
          return current;
        };
        await provide({ context, page });
        await context.close();
      },
      { scope: "worker" },
    ],
    page: async ({ sharedContext }, provide) => {
      const page = await sharedContext.page();
      await provide(page);
      await page.unrouteAll({ behavior: "ignoreErrors" });
      for (const type of ["request", "response", "requestfinished", "requestfailed", "console", "pageerror", "dialog", "download", "popup"]) page.removeAllListeners(type);
      if (!page.isClosed()) {
        // What a test may have changed on the page itself goes back to the kind's settings: media (print, dark) and size.
        await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? null }).catch(() => undefined);
        const viewport = options.viewport ?? devices["Desktop Chrome"].viewport;
        if (viewport) await page.setViewportSize(viewport).catch(() => undefined);
      }
      // The next test's page.goto is then always a new document, even to an address that differs only in its #fragment.
      if (!page.isClosed()) await page.goto("about:blank").catch(() => page.close());
    },
  });
