import { expect, test } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { latestAssessment } from "@/lib/scoring/select-assessments";
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from "./helpers";

// The expected figures come from data/ through lib/, so the test follows the data, not a copy of it.
const { assessments, rules } = loadDataset();
const latest = latestAssessment(assessments)!;
const score = scoreAssessment(latest, ruleVersionAt(rules, latest.date));

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("/ sends people to /vi/", async ({ page }) => {
      await page.goto("/");
      await page.waitForURL("**/vi/");
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    });

    for (const locale of ["vi", "en"] as const) {
      test(`/${locale}/ shows the latest score, its status and the gap`, async ({ page }) => {
        const watch = watchPage(page);
        await page.goto(`/${locale}/`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByTestId("score-value")).toContainText(`${score.total}/${score.applicablePoints}`);
        await expect(page.getByTestId("gap")).toContainText(String(score.gap));
        await expect(page.getByTestId("score-summary").locator("[data-status]")).toHaveAttribute("data-status", latest.status);
        await expect(page.getByTestId("score-summary").locator(`[data-source-id="${latest.sources[0]}"]`)).toBeVisible();
        watch.expectClean();
      });
    }
  });
}

for (const width of [360, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of ["/vi/", "/en/", "/no-such-page/"]) {
      test(`${path} has no axe violations and no sideways scroll`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
        await expectNoSidewaysScroll(page);
      });
    }
  });
}

test("a missing page answers 404 with a page in both languages", async ({ page }) => {
  const response = await page.goto("/vi/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.locator('section[lang="en"]')).toBeVisible();
});
