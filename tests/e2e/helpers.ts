import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Request } from "@playwright/test";

/** Records every request and console error of a page, so a test can assert none left the site and nothing broke. */
export const watchPage = (page: Page) => {
  const external: string[] = [];
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && !url.protocol.startsWith("data")) external.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return {
    expectClean: () => {
      expect(external, "requests that left the site").toEqual([]);
      expect(consoleErrors, "console errors").toEqual([]);
      expect(failed, "failed requests").toEqual([]);
    },
  };
};

/**
 * axe's WCAG 2.2 AA rules on the page as it is, plus one best practice, landmark-unique: no two landmarks with the same
 * role and name (a screen reader's list of regions would show two entries it cannot tell apart); a rule named in
 * `rules` runs whatever the tags. Legacy mode runs axe.run in the page itself; the default opens a second, blank page
 * per call to merge per-frame results, which doubled each check's time. No page of the site has an iframe to merge (the
 * embed tests that frame a chart check the framed page on its own). Every rule still checks every node; only
 * violations are written out in full (resultTypes): on /vi/data/ the 900 colour-contrast nodes axe cannot decide and
 * every passing node took 1.2–1.8 s to report, against 0.7 s now, with the same violations.
 * (`options` before `withTags`: it replaces the options object, tags included.)
 */
export const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"], rules: { "landmark-unique": { enabled: true } } })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .setLegacyMode(true)
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
};

/**
 * A mouse move the page's loader counts as a reader (scripts/defer-framework-scripts.mjs ignores a pointer that did not
 * move): two steps, so at least one moves, wherever an earlier test on a shared page left the mouse.
 */
export const moveMouse = async (page: Page) => {
  await page.mouse.move(1, 1);
  await page.mouse.move(2, 2);
};

/**
 * The simulator's runtime runs on the reader's first interaction (scripts/defer-framework-scripts.mjs): a mouse move,
 * then the simulator hydrated.
 */
export const hydrateSimulator = async (page: Page) => {
  await moveMouse(page);
  await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "true");
};

/**
 * Takes the web font (Inter) out of the page: its @font-face rules are deleted from the page's style sheets, so the
 * text is laid out again in the fallback face, as when the font files never arrive (Arial or Liberation Sans scaled to
 * Inter's metrics, app/globals.css). tests/e2e/font-fallback.spec.ts holds this equal to blocking the files. Returns
 * how many rules were dropped.
 */
export const dropWebFont = (page: Page) =>
  page.evaluate(() => {
    let dropped = 0;
    const drop = (list: CSSStyleSheet | CSSGroupingRule) => {
      for (let index = list.cssRules.length - 1; index >= 0; index--) {
        const rule = list.cssRules[index];
        if (rule instanceof CSSFontFaceRule && /Inter Variable/.test(rule.style.getPropertyValue("font-family"))) {
          list.deleteRule(index);
          dropped += 1;
        } else if (rule instanceof CSSGroupingRule) drop(rule);
      }
    };
    for (const sheet of document.styleSheets) drop(sheet);
    return dropped;
  });

/** How far the page scrolls sideways, in px (0 when it fits). */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export const expectNoSidewaysScroll = async (page: Page) => {
  expect(await sidewaysOverflow(page), "page scrolls sideways").toBeLessThanOrEqual(0);
};

/**
 * Opens a page and waits for its load event and then for every request it started to end (answered or failed): what
 * the checks of requests, console and layout need, without "networkidle"'s fixed half-second of silence per page. The
 * simulator's pages run the framework on the reader's first interaction (at once for a link with a state); tests of
 * those interact and wait for it themselves.
 */
export const gotoSettled = async (page: Page, url: string) => {
  const open = new Set<Request>();
  const start = (request: Request) => void open.add(request);
  const end = (request: Request) => void open.delete(request);
  page.on("request", start);
  page.on("requestfinished", end);
  page.on("requestfailed", end);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    await expect.poll(() => [...open].map((request) => request.url()), { message: "requests still open after the load event", intervals: [10, 25, 50, 100], timeout: 15_000 }).toEqual([]);
    return response;
  } finally {
    page.off("request", start);
    page.off("requestfinished", end);
    page.off("requestfailed", end);
  }
};

export type TextBox = { text: string; size: number; box: { x: number; y: number; w: number; h: number } };

/** Every chart drawn on the page (the width class shown, and the simulator's live chart): its text runs, drawn size and boxes. */
export const measureCharts = (page: Page) =>
  page.evaluate(() => {
    const charts = [...document.querySelectorAll<SVGSVGElement>("svg.chart-svg, [data-live-figure] svg.recharts-surface")].filter((svg) => svg.getBoundingClientRect().width > 0);
    return charts.map((svg) => {
      const viewBox = svg.viewBox.baseVal;
      const rect = svg.getBoundingClientRect();
      const scale = viewBox && viewBox.width ? rect.width / viewBox.width : 1;
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter((text) => (text.textContent ?? "").trim() !== "" && text.getBoundingClientRect().width > 0);
      return {
        chart: svg.getAttribute("data-chart-svg") ?? svg.closest("[data-live-figure]")?.getAttribute("data-live-figure") ?? "?",
        widthClass: svg.getAttribute("data-width-class") ?? "live",
        frame: { x: rect.x, y: rect.y, w: rect.width, h: rect.height },
        texts: texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { text: text.textContent ?? "", size: parseFloat(getComputedStyle(text).fontSize) * scale, box: { x: box.x, y: box.y, w: box.width, h: box.height } };
        }),
      };
    });
  });

// Glyph boxes from the browser include the font's line gap; 1.5 px of touching is not an overlap a reader sees.
export const overlap = (a: TextBox["box"], b: TextBox["box"], slack = 1.5) => a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;
