import { expect, test, type Page } from "@playwright/test";
import { expectNoSidewaysScroll } from "./helpers";

// What a reader on a phone, in a 320 px article column or on a desktop sees in every chart: text never under 12 px
// as drawn (font size × the SVG's scale), no two labels on top of each other, no sideways scroll. Light and dark,
// both languages, every page with a chart.
const pages = ["/", "/compare/", "/criteria/fiscal-transparency/", "/criteria/access-to-information/", "/criteria/asset-disclosure/", "/criteria/citizen-engagement/", "/path/"];

type TextBox = { text: string; size: number; box: { x: number; y: number; w: number; h: number } };

const measureCharts = (page: Page) =>
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
        texts: texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { text: text.textContent ?? "", size: parseFloat(getComputedStyle(text).fontSize) * scale, box: { x: box.x, y: box.y, w: box.width, h: box.height } };
        }),
      };
    });
  });

// Glyph boxes from the browser include the font's line gap; 1.5 px of touching is not an overlap a reader sees.
const overlap = (a: TextBox["box"], b: TextBox["box"], slack = 1.5) => a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;

for (const locale of ["vi", "en"] as const) {
  for (const width of [320, 360, 400, 700, 1280]) {
    test(`/${locale}/ charts at ${width} px, light and dark: text ≥ 12 px as drawn, no overlapping labels, no sideways scroll`, async ({ browser }) => {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(`/${locale}${path}`);
          await page.evaluate(() => document.fonts.ready);
          await expectNoSidewaysScroll(page);
          const charts = await measureCharts(page);
          expect(charts.length, `${path} draws its charts`).toBeGreaterThan(0);
          for (const chart of charts) {
            const where = `${locale}${path} ${chart.chart} [${chart.widthClass}] ${colorScheme}`;
            for (const text of chart.texts) expect(text.size, `${where}: "${text.text}" is drawn at ${text.size.toFixed(1)} px`).toBeGreaterThanOrEqual(11.95);
            for (const [i, a] of chart.texts.entries()) {
              for (const b of chart.texts.slice(i + 1)) expect(overlap(a.box, b.box), `${where}: "${a.text}" overlaps "${b.text}"`).toBe(false);
            }
          }
        }
        await context.close();
      }
    });
  }
}

test("the dashboard prints as a brief: no navigation or buttons, disclosures open, each figure whole on a page", async ({ page }) => {
  await page.goto("/vi/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("nav")).toBeHidden();
  await expect(page.locator('header a[hreflang="en"]')).toBeHidden();
  await expect(page.locator("[data-chart-actions]").first()).toBeHidden();
  // The sources behind each chart print in full (the disclosure's content, not its one-line summary).
  await expect(page.locator("figure#score-history .chart-sources [data-source-id]").first()).toBeVisible();
  await expect(page.locator("figure#score-history [data-testid=figure-table] table")).toBeVisible();
  expect(await page.locator("figure#score-history").evaluate((figure) => getComputedStyle(figure).breakInside)).toBe("avoid");
});
