import { expect } from "@playwright/test";
import { chartIds } from "@/lib/export/chart-registry";
import { sharedPageTest } from "./shared-page";

// Reviewed baselines of every chart as an embed shows it (360 and 1280 px, Vietnamese, light), so a change in the
// drawing shows up in review. Update after an intended change: npm run test:screenshots -- --update-snapshots
// (then look at the new PNGs under tests/e2e/screenshots.spec.ts-snapshots/ before committing them).
for (const width of [360, 1280]) {
  // One page per worker and width (tests/e2e/shared-page.ts).
  const atWidth = sharedPageTest({ viewport: { width, height: 1000 }, colorScheme: "light", deviceScaleFactor: 1 });
  atWidth.describe(`${width} px`, () => {
    for (const chart of chartIds) {
      atWidth(`${chart}`, async ({ page }) => {
        await page.goto(`/vi/embed/${chart}/`);
        await page.evaluate(() => document.fonts.ready);
        await expect(page.locator(`figure#${chart}`)).toHaveScreenshot(`${chart}-${width}.png`, { animations: "disabled", maxDiffPixelRatio: 0.002 });
      });
    }
  });
}
