import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Request } from "@playwright/test";

/** Records every request and console error of a page, so a test can assert none left the site and nothing broke. */
export const watchPage = (page: Page) => {
  const external: string[] = [];
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && !url.protocol.startsWith("data")) external.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return {
    expectClean: () => {
      expect(external, "requests that left the site").toEqual([]);
      expect(consoleErrors, "console errors").toEqual([]);
      expect(failed, "failed requests").toEqual([]);
    },
  };
};

export const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
};

export const expectNoSidewaysScroll = async (page: Page) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "page scrolls sideways").toBeLessThanOrEqual(0);
};

/**
 * Opens a page and waits for its load event and then for every request it started to end (answered or failed): what
 * the checks of requests, console and layout need, without "networkidle"'s fixed half-second of silence per page. The
 * simulator's pages start the framework after the load event; tests of those wait for it themselves.
 */
export const gotoSettled = async (page: Page, url: string) => {
  const open = new Set<Request>();
  const start = (request: Request) => void open.add(request);
  const end = (request: Request) => void open.delete(request);
  page.on("request", start);
  page.on("requestfinished", end);
  page.on("requestfailed", end);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    await expect.poll(() => [...open].map((request) => request.url()), { message: "requests still open after the load event", intervals: [10, 25, 50, 100], timeout: 15_000 }).toEqual([]);
    return response;
  } finally {
    page.off("request", start);
    page.off("requestfinished", end);
    page.off("requestfailed", end);
  }
};
