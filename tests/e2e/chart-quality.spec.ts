import { expect, test } from "@playwright/test";
import { measureCharts, overlap, sidewaysOverflow } from "./helpers";

// What a reader on a phone, in a 320 px article column or on a desktop sees in every chart: text never under 12 px
// as drawn (font size × the SVG's scale), no two labels on top of each other, no sideways scroll. Light and dark,
// both languages, every page with a chart.
const pages = ["/", "/compare/", "/criteria/fiscal-transparency/", "/criteria/access-to-information/", "/criteria/asset-disclosure/", "/criteria/citizen-engagement/", "/path/"];

for (const locale of ["vi", "en"] as const) {
  for (const width of [320, 360, 400, 700, 1280]) {
    test(`/${locale}/ charts at ${width} px, light and dark: text ≥ 12 px as drawn, no overlapping labels, no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      for (const path of pages) {
        await page.emulateMedia({ colorScheme: "light" });
        await page.goto(`/${locale}${path}`);
        await page.evaluate(() => document.fonts.ready);
        // One load per page: the colour scheme is a media query, so dark is the same document restyled.
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), "the page is drawn in the scheme asked for").toBe(colorScheme === "dark");
          const overflow = await sidewaysOverflow(page);
          if (overflow > 0) problems.push(`${locale}${path} ${colorScheme}: scrolls sideways by ${overflow} px`);
          const charts = await measureCharts(page);
          if (charts.length === 0) problems.push(`${locale}${path} ${colorScheme}: draws no chart`);
          for (const chart of charts) {
            const where = `${locale}${path} ${chart.chart} [${chart.widthClass}] ${colorScheme}`;
            for (const text of chart.texts) if (text.size < 11.95) problems.push(`${where}: "${text.text}" is drawn at ${text.size.toFixed(1)} px`);
            for (const [i, a] of chart.texts.entries()) {
              for (const b of chart.texts.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${where}: "${a.text}" overlaps "${b.text}"`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
