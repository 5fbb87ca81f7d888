import { expect, test } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { chartDefinitions } from "@/lib/export/chart-registry";
import { scoreText } from "@/lib/format/bar-verdict";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { sharedPageTest } from "./shared-page";
import { builtOrigin } from "./site-pages";

// One page per worker and kind reads the quotes (tests/e2e/shared-page.ts).
const withClipboard = sharedPageTest({ permissions: ["clipboard-read", "clipboard-write"] });
const withoutJs = sharedPageTest({ javaScriptEnabled: false });

const latest = vietnamToday(loadDataset()).latest!.computed;
const pages = [...new Set(chartDefinitions.map((chart) => chart.page))];

test.describe("quote this figure", () => {
  for (const locale of ["vi", "en"] as const) {
    withClipboard(`${locale}: the score history's quote names the latest computed range and its link, and the button copies it`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const dialog = page.locator('[data-quote-dialog="score-history"]');
      await dialog.locator("summary").click();
      const quote = dialog.locator("blockquote[data-figure-quote]");
      await expect(quote).toBeVisible();
      const text = (await quote.textContent())!;
      expect(text).toContain(String(latest.dataYear));
      expect(text).toContain(scoreText(latest.total, latest.applicable.max));
      expect(text.endsWith(`${builtOrigin()}/${locale}/?chart=score-history#score-history`)).toBe(true);
      await dialog.getByRole("button").click();
      await expect(dialog.getByRole("status")).not.toBeEmpty();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    });
    for (const path of pages) {
      withClipboard(`${locale} ${path}: every chart has a quote whose figures are in its own table, linking back to it`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        const charts = chartDefinitions.filter((chart) => chart.page === path);
        for (const chart of charts) {
          const quote = page.locator(`blockquote[data-figure-quote="${chart.id}"]`);
          await expect(quote).toHaveCount(1);
          const text = (await quote.textContent())!;
          expect(text.endsWith(`/${locale}${path}?chart=${chart.id}#${chart.id}`), `${chart.id} links back to its chart`).toBe(true);
          // The figures the quote states are the chart's own: each is in the quote and in the chart's data table.
          const figures = (await quote.getAttribute("data-quote-values"))!.split("|");
          const table = (await page.locator(`figure#${chart.id} table tbody`).first().textContent())!;
          for (const figure of figures) {
            expect(text, `${chart.id}: the quote states ${figure}`).toContain(figure);
            expect(table, `${chart.id}: ${figure} is in the chart's table`).toContain(figure);
          }
        }
      });
    }
  }
});

test.describe("without JavaScript", () => {
  withoutJs("the quote is in the page and opens; the sources under a chart list primary sources first", async ({ page }) => {
    await page.goto("/vi/");
    const dialog = page.locator('[data-quote-dialog="score-history"]');
    await dialog.locator("summary").click();
    await expect(dialog.locator("blockquote[data-figure-quote]")).toContainText(scoreText(latest.total, latest.applicable.max));
    const sources = page.locator("figure#score-history details.chart-sources");
    await sources.locator("summary").click();
    const groups = sources.locator("[data-source-group]");
    await expect(groups.first()).toHaveAttribute("data-source-group", "primary");
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(1)).toHaveAttribute("data-source-group", "other");
  });
});
