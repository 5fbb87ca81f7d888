import { expect, test, type Page } from "@playwright/test";
import { urlStateLimit } from "@/config/request-limits.mjs";
import { loadDataset } from "@/lib/data/read-dataset";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import { serializePathState } from "@/lib/url-state/path-state";
import en from "@/messages/share.en.json";
import vi from "@/messages/share.vi.json";
import { watchPage } from "./helpers";

// The one URL-state limit (config/request-limits.mjs), followed as a reader follows a link. A link of limit + 1 characters is served as a page (not a browser error page) and shows the default view
// with the "this link was adjusted" notice; a link of exactly limit characters is read.
const setup = simulatorSetup(loadDataset());
const reformIds = setup.reforms.map((reform) => reform.id);
const otherBase = setup.bases.map((base) => base.assessment.id).find((id) => id !== setup.defaultBase)!;

/** `link` padded with a key no parser reads to exactly `length` characters after "?". */
const padded = (link: string, length: number) => `${link}&lang=${"x".repeat(length - (link.length - 1) - "&lang=".length)}`;

/** Opens a link as a reader who pasted or clicked it: the server's real answer must be the page, not an error. */
const follow = async (page: Page, href: string) => {
  const response = await page.goto(href);
  expect(response?.status(), "the server answers the link with the page").toBe(200);
  await expect(page.locator("main").first()).toBeVisible();
};

for (const [locale, texts] of [["vi", vi], ["en", en]] as const) {
  test(`${locale}: a share link of limit + 1 characters shows the dashboard's default view and says why`, async ({ page }) => {
    const watch = watchPage(page);
    const href = `/${locale}/${padded("?chart=score-history&year=2017", urlStateLimit + 1)}`;
    expect(href.length - href.indexOf("?") - 1).toBe(urlStateLimit + 1);
    await follow(page, href);
    const notice = page.getByTestId("share-notice");
    await expect(notice).toHaveAttribute("data-ready", "true");
    await expect(notice).toHaveAttribute("data-chart", "");
    await expect(notice.getByText(texts.share.adjustedTitle)).toBeVisible();
    await expect(notice.locator('[data-adjustment="unknown:too-long"]')).toHaveText(texts.share.reasons["too-long"].replace("{value}", String(urlStateLimit + 1)));
    await expect(page.locator("figure[data-shared]")).toHaveCount(0);
    await expect(page.locator('svg[data-chart-svg="score-history"]:visible')).toBeVisible();
    watch.expectClean();
  });
}

test("the same link at exactly the limit is read: the shared chart is marked, no notice", async ({ page }) => {
  const href = `/en/${padded("?chart=score-history", urlStateLimit)}`;
  await follow(page, href);
  const notice = page.getByTestId("share-notice");
  await expect(notice).toHaveAttribute("data-ready", "true");
  await expect(notice).toHaveAttribute("data-chart", "score-history");
  await expect(notice).toHaveAttribute("data-adjusted", "false");
});

test("the simulator: limit characters are read, limit + 1 fall back to the default view with the notice", async ({ page }) => {
  const state = { base: otherBase, reforms: reformIds.slice(0, 2) };
  const link = serializePathState(state, { reformIds });
  await follow(page, `/en/path/${padded(link, urlStateLimit)}`);
  await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "true");
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe(link);
  await expect(page.getByTestId("link-adjusted")).toHaveCount(0);

  await follow(page, `/en/path/${padded(link, urlStateLimit + 1)}`);
  await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("link-adjusted")).toBeVisible();
  // The default view's address is the simulator's own page, with no query.
  await expect.poll(() => page.evaluate(() => window.location.pathname + window.location.search)).toBe("/en/path/");
});

test("an embed's ?theme= past the limit is not read: the frame follows the reader", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light" });
  const page = await context.newPage();
  const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--paper").trim());
  await page.goto(`/en/embed/criteria/${padded("?theme=dark", urlStateLimit)}`);
  expect(await paper()).toBe("#14171c");
  await page.goto(`/en/embed/criteria/${padded("?theme=dark", urlStateLimit + 1)}`);
  expect(await paper()).not.toBe("#14171c");
  await context.close();
});
