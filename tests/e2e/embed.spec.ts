import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { frozenReleaseIds, loadDataset } from "@/lib/data/read-dataset";
import { chartDefinitions, chartIds } from "@/lib/export/chart-registry";
import { embedSnippet } from "@/lib/export/embed-snippet";
import { expectNoAxeViolations, watchPage } from "./helpers";
import { sharedPageTest } from "./shared-page";
import { builtOrigin } from "./site-pages";

// Each embed page opened in one page per worker (tests/e2e/shared-page.ts).
const embedPage = sharedPageTest({});

const release = loadDataset().release.id;
// The site's public address as built (https://ogp-scorecard.test in npm test): the browser reaches it through
// Playwright's routing, which answers from the local server, so frames and resize.js really come from the origin
// the resizer was built to trust.
const origin = builtOrigin();
const routeToLocalServer = async (page: Page) =>
  page.context().route((url) => url.origin === origin, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` }) });
  });

// A page on ANOTHER origin (127.0.0.2, a port of its own) that embeds charts the way a newspaper would.
const hostPage = (frames: Array<{ src: string; title: string }>, withResizer: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;width:700px">
${frames.map((frame, index) => `<iframe id="f${index}" src="${frame.src}" title="${frame.title}" width="100%" height="200" loading="eager" style="width:100%;border:0;display:block"></iframe>`).join("\n")}
${withResizer ? `<script src="${origin}/embed/resize.js" async></script>` : ""}
</body></html>`;

// A frame of the host's own origin that pretends to be one of ours and asks to be 5000 px tall.
const hostileFrame = `<!doctype html><title>ad</title><script>
setInterval(function () { parent.postMessage({ type: "ogp-scorecard:height", height: 5000 }, "*"); }, 50);
</script>`;

let server: Server;
let currentHtml = "";
test.beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(request.url === "/hostile" ? hostileFrame : currentHtml);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.2", resolve));
});
test.afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

const hostUrl = () => `http://127.0.0.2:${(server.address() as AddressInfo).port}/`;

for (const locale of ["vi", "en"] as const) {
  test(`every ${locale} chart renders in a cross-origin iframe and the resizer makes the frame follow its content`, async ({ page }) => {
    await routeToLocalServer(page);
    const frames = [...chartIds.map((chart) => ({ chart, src: `${origin}/${locale}/embed/${chart}/` })), { chart: "score-history", src: `${origin}/${locale}/embed/score-history/${release}/` }];
    currentHtml = hostPage(frames.map((frame) => ({ src: frame.src, title: frame.chart })), true);
    await page.goto(hostUrl());
    for (const [index, frame] of frames.entries()) {
      const iframe = page.locator(`#f${index}`);
      const inner = page.frameLocator(`#f${index}`);
      await expect(inner.locator(`svg[data-chart-svg="${frame.chart}"]:visible`)).toBeVisible();
      await expect(iframe).toHaveAttribute("data-ogp-resized", /\d+/);
      const contentHeight = await inner.locator("main").evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + window.scrollY + 8));
      const frameHeight = await iframe.evaluate((element) => element.getBoundingClientRect().height);
      expect(Math.abs(frameHeight - contentHeight), `${frame.src}: frame ${frameHeight}px, content ${contentHeight}px`).toBeLessThanOrEqual(2);
    }
    // Opening the data table makes the content taller; the frame follows.
    const before = await page.locator("#f0").evaluate((element) => element.getBoundingClientRect().height);
    await page.frameLocator("#f0").locator("[data-testid=figure-table] summary").click();
    await expect.poll(async () => page.locator("#f0").evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(before + 40);
  });
}

for (const locale of ["vi", "en"] as const)
  for (const width of [320, 400, 700])
    test(`${locale}: a plain iframe at the suggested height shows the whole chart and its footer without the resizer (${width} px)`, async ({ page }) => {
      currentHtml = hostPage(chartDefinitions.map((chart) => ({ src: `${baseURL}/${locale}/embed/${chart.id}/`, title: chart.id })), false).replace("width:700px", `width:${width}px`);
      await page.goto(hostUrl());
      for (const [index, chart] of chartDefinitions.entries()) {
        await page.locator(`#f${index}`).evaluate((element, height) => element.setAttribute("height", String(height)), chart.height);
        const inner = page.frameLocator(`#f${index}`);
        await expect(inner.locator(`svg[data-chart-svg="${chart.id}"]:visible`)).toBeVisible();
        const needed = await inner.locator("main").evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + window.scrollY));
        expect(needed, `${chart.id} needs ${needed}px, suggested ${chart.height}px`).toBeLessThanOrEqual(chart.height);
        const footer = await inner.getByTestId("embed-footer").evaluate((element) => element.getBoundingClientRect().bottom);
        expect(footer, `${chart.id}: the attribution is inside the frame`).toBeLessThanOrEqual(chart.height);
        const overflow = await inner.locator("html").evaluate((html) => html.scrollWidth - html.clientWidth);
        expect(overflow, `${chart.id} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });

test("?theme=light and ?theme=dark override the reader's setting; anything else follows it", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--paper").trim().replace(/^#fff$/, "#ffffff"));
  await page.goto("/vi/embed/criteria/?theme=light");
  expect(await paper()).toBe("#ffffff");
  await page.goto("/vi/embed/criteria/?theme=dark");
  expect(await paper()).toBe("#14171c");
  await page.goto("/vi/embed/criteria/?theme=%3Cscript%3E");
  expect(await paper()).toBe("#14171c");
  await context.close();
  const light = await browser.newContext({ colorScheme: "light" });
  const lightPage = await light.newPage();
  await lightPage.goto("/en/embed/criteria/?theme=dark");
  expect(await lightPage.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--paper").trim())).toBe("#14171c");
  await light.close();
});

test("the host page logs no warning or error for the suggested snippet", async ({ page }) => {
  await routeToLocalServer(page);
  const messages: string[] = [];
  page.on("console", (message) => {
    if (["warning", "error"].includes(message.type())) messages.push(message.text());
  });
  currentHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${embedSnippet({ src: `${origin}/vi/embed/score-history/`, title: "t", height: chartDefinitions[0].height, resizer: `${origin}/embed/resize.js` })}</body></html>`;
  await page.goto(hostUrl());
  await expect(page.frameLocator("iframe").locator("svg[data-chart-svg]:visible")).toBeVisible();
  await expect(page.locator("iframe")).toHaveAttribute("data-ogp-resized", /\d+/);
  expect(messages).toEqual([]);
});

test("the resizer obeys only our origin: a hostile sibling frame and a copy of our page on another address stay as they are", async ({ page }) => {
  await routeToLocalServer(page);
  // f0: ours (the built origin); f1: the same page from another address (the local server); f2: the host's own frame.
  currentHtml = hostPage([{ src: `${origin}/vi/embed/criteria/`, title: "ours" }, { src: `${baseURL}/vi/embed/criteria/`, title: "copy" }, { src: "/hostile", title: "hostile" }], true);
  await page.goto(hostUrl());
  await expect(page.locator("#f0")).toHaveAttribute("data-ogp-resized", /\d+/);
  await page.frameLocator("#f1").locator('svg[data-chart-svg="criteria"]:visible').waitFor();
  await page.waitForTimeout(500); // the hostile frame posts every 50 ms
  for (const id of ["#f1", "#f2"]) {
    await expect(page.locator(id)).not.toHaveAttribute("data-ogp-resized", /.*/);
    expect(await page.locator(id).evaluate((element) => element.getBoundingClientRect().height), id).toBe(200);
  }
});

for (const locale of ["vi", "en"] as const) {
  for (const chart of chartIds) {
    embedPage(`/${locale}/embed/${chart}/: chrome, data as of, link back, oEmbed, no axe violations`, async ({ page, request }) => {
      const watch = watchPage(page);
      await page.goto(`/${locale}/embed/${chart}/`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("nav")).toHaveCount(0);
      await expect(page.locator(`figure#${chart} [data-source-id]`).first()).toBeAttached();
      await expect(page.getByTestId("embed-as-of")).toContainText(release);
      await expect(page.locator("a[target=_top]")).toHaveAttribute("href", new RegExp(`^/${locale}/.*#${chart}$`));
      const oembedHref = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
      const oembed = await (await request.get(new URL(oembedHref!).pathname)).json();
      expect(oembed).toMatchObject({ version: "1.0", type: "rich", height: expect.any(Number), width: expect.any(Number) });
      expect(oembed.html).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
      await expectNoAxeViolations(page);
      watch.expectClean();
    });
  }
  test(`/${locale}/ pinned embeds exist for every frozen release and say so`, async ({ page }) => {
    for (const pinned of frozenReleaseIds()) {
      await page.goto(`/${locale}/embed/criteria/${pinned}/`);
      await expect(page.locator("main")).toHaveAttribute("data-pinned", "true");
      await expect(page.getByTestId("embed-as-of")).toContainText(pinned);
      await expectNoAxeViolations(page);
    }
  });
}

test("embeds may be framed by anyone; other pages may not", async ({ request }) => {
  const embed = await request.get(`/vi/embed/criteria/`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const home = await request.get(`/vi/`);
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});
