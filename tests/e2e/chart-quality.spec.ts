import { expect, test } from "@playwright/test";
import { expectNoSidewaysScroll, measureCharts, overlap } from "./helpers";

// What a reader on a phone, in a 320 px article column or on a desktop sees in every chart: text never under 12 px
// as drawn (font size × the SVG's scale), no two labels on top of each other, no sideways scroll. Light and dark,
// both languages, every page with a chart.
const pages = ["/", "/compare/", "/criteria/fiscal-transparency/", "/criteria/access-to-information/", "/criteria/asset-disclosure/", "/criteria/citizen-engagement/", "/path/"];

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
