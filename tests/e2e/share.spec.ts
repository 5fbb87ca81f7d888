import { expect, test } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { assessmentHistory } from "@/lib/scoring/select-assessments";
import { dashboardShareCases } from "../fixtures/share-urls";
import { watchPage } from "./helpers";
import { sharedPageTest } from "./shared-page";

const firstYear = Number(assessmentHistory(loadDataset().assessments)[0].date.slice(0, 4));
const cases = dashboardShareCases({ scoreHistory: firstYear, outdated: 2099 });

// Each link opened in one page per worker (tests/e2e/shared-page.ts).
const shareLink = sharedPageTest({});
test.describe("share links on the dashboard", () => {
  test("the table holds at least 15 links", () => expect(cases.length).toBeGreaterThanOrEqual(15));
  for (const locale of ["vi", "en"] as const) {
    for (const item of cases) {
      shareLink(`${locale} ${item.name}`, async ({ page }) => {
        const watch = watchPage(page);
        let dialogs = 0;
        page.on("dialog", async (dialog) => {
          dialogs++;
          await dialog.dismiss();
        });
        await page.goto(`/${locale}/${item.query}`);
        const notice = page.getByTestId("share-notice");
        await expect(notice).toHaveAttribute("role", "status");
        await expect(notice).toHaveAttribute("data-ready", "true");
        await expect(notice).toHaveAttribute("data-chart", item.chart ?? "");
        await expect(notice).toHaveAttribute("data-adjusted", String(item.adjusted.length > 0));
        await expect(notice.locator("[data-adjustment]")).toHaveCount(item.adjusted.length);
        for (const adjustment of item.adjusted) await expect(notice.locator(`[data-adjustment="${adjustment}"]`)).toBeVisible();
        if (item.chart) await expect(page.locator(`figure#${item.chart}`)).toHaveAttribute("data-shared", "true");
        if (item.year) await expect(page.locator(`figure#${item.chart} tr[data-shared-row]`).first()).toBeVisible();
        await expect(page.locator('svg[data-chart-svg="score-history"]:visible')).toBeVisible();
        expect(dialogs, "no script from the URL ran").toBe(0);
        expect(await page.locator("main img").count()).toBe(0);
        watch.expectClean();
      });
    }
  }
});

test.describe("share and embed controls", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });
  test("copy link copies the chart's share URL and the embed dialog copies the snippet", async ({ page }) => {
    await page.goto("/vi/");
    const actions = page.locator('[data-chart-actions="criteria"]');
    await actions.getByRole("button", { name: "Sao chép liên kết" }).click();
    await expect(actions.getByRole("status").first()).not.toBeEmpty();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search + new URL(copied).hash).toBe("/vi/?chart=criteria#criteria");
    await actions.locator("[data-embed-dialog] summary").click();
    const snippet = await actions.locator('[data-embed-variant="pinned"] textarea').inputValue();
    expect(snippet).toContain(`/vi/embed/criteria/${loadDataset().release.id}/`);
    await actions.locator('[data-embed-variant="pinned"]').getByRole("button").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("embed dialog, downloads and the share link work; the citation shows the access-date placeholder", async ({ page }) => {
    await page.goto("/en/");
    const actions = page.locator('[data-chart-actions="score-history"]');
    await expect(actions.locator("a[data-share-link]")).toHaveAttribute("href", "/en/?chart=score-history#score-history");
    await actions.locator("[data-embed-dialog] summary").click();
    await expect(actions.locator('[data-embed-variant="live"] textarea')).toBeVisible();
    await expect(actions.locator("[data-download-dialog] a[data-download]")).toHaveCount(4);
    await expect(page.locator('[data-citation="text"]')).toContainText("[date accessed]");
  });
});

test("with JavaScript the citation carries today's date", async ({ page }) => {
  await page.goto("/en/");
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.locator('[data-citation="text"] [data-access-date]')).toHaveAttribute("data-access-date", today);
  await expect(page.locator('[data-citation="bibtex"]')).toContainText(`urldate = {${today}}`);
});
