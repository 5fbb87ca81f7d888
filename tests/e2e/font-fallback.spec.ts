import { expect, test } from "@playwright/test";
import budgets from "../../config/budgets.json" with { type: "json" };
import { gotoSettled, hydrateSimulator } from "./helpers";
import { exportedPages } from "./site-pages";

// Until Inter arrives (or when it never does) pages are drawn in the fallback face, Arial/Liberation Sans
// scaled to Inter's metrics (app/globals.css), so a phone-width page must fit in it as it does in Inter.
// Here the font files never arrive, as on a line that drops them.
test.use({ viewport: { width: 360, height: 800 } });

for (const locale of ["vi", "en"] as const) {
  test(`/${locale}/ pages at 360 px without the web font: nothing scrolls sideways`, async ({ page }) => {
    test.setTimeout(180_000);
    const pages = exportedPages().filter((path) => path.startsWith(`/${locale}/`));
    expect(pages.length).toBeGreaterThan(10);
    let fontRequests = 0;
    await page.route(/\.woff2$/, (route) => {
      fontRequests += 1;
      return route.abort();
    });
    const overflowing: string[] = [];
    for (const path of pages) {
      // The simulator's pages run the framework on the reader's first interaction: their layout is read once it has run.
      if (budgets.javascript.interactivePages.includes(path)) {
        await page.goto(path, { waitUntil: "networkidle" });
        await hydrateSimulator(page);
      } else await gotoSettled(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${path} (${overflow} px)`);
    }
    expect(fontRequests, "the pages asked for Inter, and did not get it").toBeGreaterThan(0);
    expect(overflowing).toEqual([]);
  });
}
