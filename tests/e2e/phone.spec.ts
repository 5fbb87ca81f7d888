import { expect, test, type Page } from "@playwright/test";
import budgets from "../../config/budgets.json" with { type: "json" };
import { dropWebFont, hydrateSimulator, measureCharts, overlap, sidewaysOverflow } from "./helpers";
import { exportedPages } from "./site-pages";

// A reader on a 360 × 740 phone, on every page of the export in both languages: nothing is wider than the screen
// unless it sits in a scroll region that says so (labelled, focusable), no chart label lies on another or outside its
// drawing (the width class drawn at 360 px), and a page longer than three screens opens with a list of jump links.
// Then the same page without the web font, as on a line that drops the font files: until Inter arrives (or when it
// never does) pages are drawn in the fallback face, and they must fit in it as they do in Inter. The font is taken
// out of the loaded page (dropWebFont) rather than blocked in a second visit of every page; font-fallback.spec.ts holds
// the two ways equal.
const phone = { width: 360, height: 740 };
test.use({ viewport: phone });

/** Elements reaching past the screen's edges, except inside a labelled, focusable scroll region that fits the screen. */
const tooWide = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipper = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) if (getComputedStyle(parent).overflowX !== "visible") return parent;
      return null;
    };
    const scrollRegion = (element: HTMLElement) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX) && element.tabIndex === 0 && Boolean(element.getAttribute("aria-label") || element.getAttribute("aria-labelledby"));
    const inside = (box: DOMRect) => box.left >= -0.5 && box.right <= width + 0.5;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      // A box of 1 px or less is visually hidden text (the skip link until focused, sr-only): for screen readers.
      if (box.width <= 1 || box.height <= 1 || inside(box)) continue;
      const clip = clipper(element);
      // Visually hidden text (a 1 px clipped box) is for screen readers; a labelled scroll region shows it scrolls.
      if (clip instanceof HTMLElement && inside(clip.getBoundingClientRect()) && (clip.getBoundingClientRect().width <= 1 || scrollRegion(clip))) continue;
      found.push(`<${element.tagName.toLowerCase()}> "${(element.textContent ?? "").trim().slice(0, 40)}" spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
    }
    return found;
  });

/** The page's contents list: its links and the ones that land nowhere on the page. */
const pageContents = (page: Page) =>
  page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>("nav[data-page-contents] a")].map((link) => link.getAttribute("href") ?? "");
    return { height: document.documentElement.scrollHeight, links, broken: links.filter((href) => !href.startsWith("#") || !document.getElementById(decodeURIComponent(href.slice(1)))) };
  });

for (const locale of ["vi", "en"] as const) {
  for (const group of ["pages", "embeds"] as const) {
    test(`/${locale}/ ${group} at 360 px: nothing wider than the screen outside a labelled scroll region, chart labels apart and inside their drawing, a contents list on long pages; nothing scrolls sideways without the web font`, async ({ page }) => {
      test.setTimeout(300_000);
      const paths = exportedPages().filter((path) => path.startsWith(`/${locale}/`) && path.includes("/embed/") === (group === "embeds"));
      expect(paths.length).toBeGreaterThan(group === "pages" ? 20 : 10);
      const problems: string[] = [];
      let webFontRules = 0;
      for (const path of paths) {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        for (const wide of await tooWide(page)) problems.push(`${path}: ${wide}`);
        for (const chart of await measureCharts(page)) {
          const where = `${path} ${chart.chart} [${chart.widthClass}]`;
          for (const [i, a] of chart.texts.entries()) {
            const { x, y, w, h } = a.box;
            if (x < chart.frame.x - 1 || y < chart.frame.y - 1 || x + w > chart.frame.x + chart.frame.w + 1 || y + h > chart.frame.y + chart.frame.h + 1) problems.push(`${where}: "${a.text}" reaches outside the drawing`);
            for (const b of chart.texts.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${where}: "${a.text}" overlaps "${b.text}"`);
          }
        }
        const contents = await pageContents(page);
        if (contents.height > 3 * phone.height) {
          if (contents.links.length < 2) problems.push(`${path}: ${(contents.height / phone.height).toFixed(1)} screens long without a contents list`);
          for (const href of contents.broken) problems.push(`${path}: contents link ${href} lands on no element of the page`);
        }
        // Without the web font. The simulator's pages are read once their runtime has run (the reader has touched them).
        if (budgets.javascript.interactivePages.includes(path)) await hydrateSimulator(page);
        webFontRules += await dropWebFont(page);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) problems.push(`${path} without the web font: scrolls sideways by ${overflow} px`);
      }
      expect(webFontRules, "the pages use the web font (and it was taken out)").toBeGreaterThanOrEqual(paths.length);
      expect(problems).toEqual([]);
    });
  }
}

test("/vi/path/ at 360 px: the pinned result bar never covers the reform being read or the control in focus", async ({ page }) => {
  await page.goto("/vi/path/", { waitUntil: "networkidle" });
  await hydrateSimulator(page);
  const bar = page.getByTestId("sticky-score");
  const firstCard = page.locator("[data-reform]").first();
  /** The bar's box when a reader can see it, else null. */
  const shownBar = async () => {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const visible = await bar.evaluate((element) => getComputedStyle(element).visibility !== "hidden" && Number(getComputedStyle(element).opacity) > 0.05);
    return visible ? bar.boundingBox() : null;
  };
  const intersects = (a: { y: number; height: number }, b: { y: number; height: number }) => a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
  // First screen, and the first card scrolled to every height of the screen.
  for (let step = 0; step <= 8; step++) {
    const card = (await firstCard.boundingBox())!;
    const shown = await shownBar();
    if (shown) expect(intersects(shown, card), `the bar covers the first reform card at its top ${Math.round(card.y)} px`).toBe(false);
    await page.mouse.wheel(0, 90);
  }
  // Tabbing through the switches: the focused one always clear of the bar.
  await page.evaluate(() => window.scrollTo(0, 0));
  const switches = page.locator("[data-reform] [role=switch]");
  const count = await switches.count();
  expect(count).toBeGreaterThan(2);
  for (let index = 0; index < count; index++) {
    await switches.nth(index).focus();
    const focused = (await switches.nth(index).boundingBox())!;
    const shown = await shownBar();
    if (shown) expect(intersects(shown, focused), `the bar covers switch ${index + 1}`).toBe(false);
  }
});
