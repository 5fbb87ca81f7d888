import { expect, test, type Page } from "@playwright/test";
import { dropWebFont } from "./helpers";

// Until Inter arrives (or when it never does) pages are drawn in the fallback face, Arial/Liberation Sans scaled to
// Inter's metrics (app/globals.css). phone.spec.ts checks every page at 360 px in that face by taking the web font out
// of the loaded page (dropWebFont), instead of visiting every page a second time with the font files blocked. Here the
// two are held equal: with the files blocked, as on a line that drops them, a page is laid out exactly as with the font
// taken out, and differently from the page in Inter (so the comparison can tell).
test.use({ viewport: { width: 360, height: 800 } });

/** The page's size and the box of the first heading's text: what a change of face moves. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("h1, h2")!);
    const heading = range.getBoundingClientRect();
    return { width: document.documentElement.scrollWidth, height: document.body.getBoundingClientRect().height, heading: [heading.width, heading.height] };
  });

for (const locale of ["vi", "en"] as const) {
  test(`/${locale}/ pages at 360 px: with the font files blocked, the layout is the one phone.spec.ts checks with the web font taken out`, async ({ page }) => {
    for (const path of [`/${locale}/`, `/${locale}/data/`, `/${locale}/embed/score-history/`]) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const inInter = await layout(page);
      expect(await dropWebFont(page), `${path}: the page uses the web font`).toBeGreaterThan(0);
      const fontTakenOut = await layout(page);
      expect(fontTakenOut, `${path}: the fallback face lays the page out differently from Inter`).not.toEqual(inInter);

      let fontRequests = 0;
      await page.route(/\.woff2$/, (route) => {
        fontRequests += 1;
        return route.abort();
      });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      expect(fontRequests, `${path}: the page asked for Inter, and did not get it`).toBeGreaterThan(0);
      expect(await layout(page), `${path}: font files blocked, laid out as with the font taken out`).toEqual(fontTakenOut);
      await page.unrouteAll();
    }
  });
}
