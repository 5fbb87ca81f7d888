import { expect, test } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from "./helpers";
import { sharedPageTest } from "./shared-page";

// The expected figures come from data/ through lib/, so the test follows the data, not a copy of it.
const dataset = loadDataset();
const today = vietnamToday(dataset);
const published = today.lastPublished!;
const publishedScore = scoreAssessment(published, ruleVersionAt(dataset.rules, published.date));
const computed = today.latest!.computed;
// The month and the year, each in the page's language ("tháng 2" … "2019", "February" … "2019").
const monthOf = (locale: "vi" | "en") => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(`${published.date.slice(0, 7)}-01T00:00:00Z`));

for (const javaScriptEnabled of [true, false]) {
  // One page per worker and setting (tests/e2e/shared-page.ts).
  const jsSetting = sharedPageTest({ javaScriptEnabled });
  jsSetting.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    jsSetting("/ sends people to /vi/", async ({ page }) => {
      await page.goto("/");
      await page.waitForURL("**/vi/");
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    });

    for (const locale of ["vi", "en"] as const) {
      jsSetting(`/${locale}/ shows the last published figure with its date beside the computed estimate for the latest data year`, async ({ page }) => {
        const watch = watchPage(page);
        await page.goto(`/${locale}/`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const card = page.getByTestId("last-published");
        await expect(card.getByTestId("published-score")).toContainText(`${publishedScore.range.max}/${publishedScore.applicablePoints}`);
        await expect(card.locator("[data-status]")).toHaveAttribute("data-status", published.status);
        await expect(card.locator(`[data-source-id="${published.sources[0]}"]`)).toBeVisible();
        const estimate = page.getByTestId("computed-latest");
        await expect(estimate).toContainText(String(computed.dataYear));
        await expect(estimate.getByTestId("computed-score")).toContainText(`${computed.total.min}–${computed.total.max}/${computed.applicable.max}`);
        await expect(estimate.locator("[data-status]")).toHaveAttribute("data-status", "computed");
        await expect(estimate.getByTestId("why-range")).not.toBeEmpty();
        // The headline never calls an old figure "current" (source titles are quoted as they are, elsewhere).
        await expect(page.getByTestId("today")).not.toContainText(locale === "vi" ? "hiện tại" : "current");
        watch.expectClean();
      });
    }
  });
}

for (const locale of ["vi", "en"] as const) {
  const phone = sharedPageTest({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  phone.describe(`${locale}, 360 px, JavaScript off`, () => {
    phone(`the first screen answers in words: the computed range with its data year and the bar, then the last published figure with its month and year`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const inFirstScreen = async (testId: string) => {
        const box = await page.getByTestId(testId).boundingBox();
        expect(box, testId).not.toBeNull();
        expect(box!.y + box!.height, `${testId} ends inside the first screen`).toBeLessThanOrEqual(780);
      };
      await inFirstScreen("today-lead");
      await inFirstScreen("today-published");
      await expect(page.getByTestId("today-lead")).toContainText(`${computed.total.min}–${computed.total.max}`);
      await expect(page.getByTestId("today-lead")).toContainText(String(computed.dataYear));
      await expect(page.getByTestId("today-lead")).toContainText(String(computed.threshold.max));
      await expect(page.getByTestId("today-published")).toContainText(new RegExp(monthOf(locale), "i"));
      await expect(page.getByTestId("today-published")).toContainText(published.date.slice(0, 4));
      // The boxes with the two figures follow, with the same numbers.
      await expect(page.getByTestId("computed-score")).toContainText(`${computed.total.min}–${computed.total.max}`);
    });
  });
}

for (const width of [360, 1280]) {
  const atWidth = sharedPageTest({ viewport: { width, height: 800 } });
  atWidth.describe(`${width} px`, () => {
    for (const path of ["/vi/", "/en/", "/no-such-page/"]) {
      atWidth(`${path} has no axe violations and no sideways scroll`, async ({ page }) => {
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
