import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, gotoSettled, watchPage } from "./helpers";
import { headOf } from "./html-head";
import { sharedPageTest } from "./shared-page";

// Tests that open a page and read it share one page per worker and kind (tests/e2e/shared-page.ts).
const withoutJs = sharedPageTest({ javaScriptEnabled: false });
const atWidth = new Map([360, 1280].map((width) => [width, sharedPageTest({ viewport: { width, height: 900 } })]));

const pages = ["/", "/criteria/fiscal-transparency/", "/criteria/access-to-information/", "/criteria/asset-disclosure/", "/criteria/citizen-engagement/", "/timeline/", "/compare/", "/methodology/", "/data/"];
const locales = ["vi", "en"] as const;

test.describe("every page, JavaScript off: figures are SVG with their numbers and a data table", () => {
  for (const locale of locales) {
    for (const path of pages) {
      withoutJs(`/${locale}${path}`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        const figures = page.locator("figure[data-figure]");
        for (const figure of await figures.all()) {
          // One SVG per width class is in the HTML; the container shows exactly one.
          const svg = figure.locator('svg[role="img"]:visible');
          await expect(svg).toHaveCount(1);
          // Named and described by the figure's own heading and summary, whose words are on the page once, however
          // many drawings (one per width class) refer to them.
          const heading = ((await figure.locator("figcaption").getByRole("heading").textContent()) ?? "").trim();
          const summary = ((await figure.locator('[id$="-summary"]').textContent()) ?? "").trim();
          expect(summary, "the figure's summary").not.toBe("");
          await expect(svg).toHaveAccessibleName(heading);
          await expect(svg).toHaveAccessibleDescription(summary);
          const text = (await figure.textContent()) ?? "";
          expect(text.split(summary).length - 1, "the summary is written once in the figure").toBe(1);
          await expect(figure.locator("svg title, svg desc"), "no drawing carries its own copy of the words").toHaveCount(0);
          const rows = figure.locator("table tbody tr");
          expect(await rows.count()).toBeGreaterThan(0);
          // Every number the chart draws as a value is also in its table.
          const values = await svg.locator("[data-value]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-value")).filter((value): value is string => !!value));
          const tableText = (await figure.locator("table").textContent()) ?? "";
          const normalized = tableText.replace(/,/g, ".");
          for (const value of values) expect(normalized).toContain(value);
          await expect(figure.locator("figcaption")).not.toBeEmpty();
        }
      });
    }
  }
});

test.describe("dashboard and criteria carry their charts", () => {
  withoutJs("dashboard: score history with the bar drawn and the projection named in the legend", async ({ page }) => {
    await page.goto("/en/");
    const history = page.locator('figure[data-figure="score-history"]');
    const svg = history.locator('svg[role="img"]:visible');
    await expect(svg.locator('[data-role="threshold"]')).toHaveCount(1);
    await expect(svg.locator('[data-status="projection"][data-shape="span"]')).toHaveCount(1);
    await expect(history.locator('[data-legend="projection-span"]')).toContainText("Projection");
  });
  withoutJs("criteria show no data visibly different from zero", async ({ page }) => {
    await page.goto("/vi/criteria/asset-disclosure/");
    const history = page.locator('figure[data-figure="history-assetDisclosure"]');
    const svg = history.locator('svg[role="img"]:visible');
    await expect(svg.locator('[data-status="nodata"][data-shape="nodata"]').first()).toBeVisible();
    await expect(history.locator("[data-legend=nodata]")).toContainText("Không có dữ liệu");
    await expect(history.locator("[data-chart-notes]")).toContainText("Không có dữ liệu");
  });
  for (const [slug, figure] of [["fiscal-transparency", "open-budget-survey"], ["access-to-information", "rti-rating"], ["citizen-engagement", "eiu-democracy-index"]] as const) {
    withoutJs(`/${slug}/ shows its indicator chart`, async ({ page }) => {
      await page.goto(`/en/criteria/${slug}/`);
      await expect(page.locator(`figure[data-figure="${figure}"] svg[role="img"]:visible`)).toBeVisible();
    });
  }
});

test("the language switch keeps the page", async ({ page }) => {
  await page.goto("/vi/criteria/asset-disclosure/");
  await page.locator('header a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/criteria\/asset-disclosure\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

// What a search engine or a link preview reads: the page's head as served (the crawl checks the same tags in the live DOM).
for (const locale of locales) {
  for (const path of pages) {
    test(`/${locale}${path}: title, description, canonical and hreflang in the page's language`, async ({ request }) => {
      const response = await request.get(`/${locale}${path}`);
      expect(response.status()).toBe(200);
      const head = headOf(await response.text());
      expect(head.lang).toBe(locale);
      expect(head.title).toMatch(/.+/);
      expect(head.description).toMatch(/.+/);
      expect(head.canonical).toMatch(new RegExp(`/${locale}${path.replace(/\//g, "\\/")}$`));
      expect(head.alternates.sort()).toEqual(["en", "vi", "x-default"]);
    });
  }
}

for (const width of [360, 1280]) {
  const atThisWidth = atWidth.get(width)!;
  test.describe(`${width} px, JavaScript on`, () => {
    for (const locale of locales) {
      for (const path of pages) {
        atThisWidth(`/${locale}${path}: axe clean, no sideways scroll, no console errors, nothing leaves the site`, async ({ page }) => {
          const watch = watchPage(page);
          await gotoSettled(page, `/${locale}${path}`);
          await expectNoAxeViolations(page);
          await expectNoSidewaysScroll(page);
          watch.expectClean();
        });
      }
    }
  });
}

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });
  for (const path of ["/vi/", "/en/criteria/fiscal-transparency/"]) {
    test(`${path} has no axe violations in dark mode`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
