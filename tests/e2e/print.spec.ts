import { expect, type Page } from "@playwright/test";
import { loadMessages } from "@/i18n/load-messages";
import { sharedPageTest } from "./shared-page";

// One page per worker prints every page (tests/e2e/shared-page.ts; it goes back to screen media after each test).
const printed = sharedPageTest({});

// Printing a page (A4, the print style sheet): the dashboard fits on two sheets with the answer, the score chart and
// its sources; every other page prints its content from the first sheet on, without the site's navigation or the
// share and embed widgets.
const words = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

type PdfPage = { text: string; lowestText: number; height: number };

/** The PDF's pages as a PDF reader sees them (pdf.js, no rendering): each page's text and how far down it reaches. */
const printPdf = async (page: Page): Promise<PdfPage[]> => {
  const bytes = await page.pdf({ format: "A4", printBackground: true });
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const pdfPage = await document.getPage(number);
    const items = (await pdfPage.getTextContent()).items.flatMap((item) => ("str" in item ? [item] : []));
    const inked = items.filter((item) => item.str.trim() !== "");
    const height = pdfPage.view[3];
    // PDF y runs upwards from the bottom of the sheet: the smallest y is the lowest line.
    // Chromium writes a word in runs ("Vi", "ệ", "t") with the spaces as runs of their own: joined as they come.
    pages.push({ text: words(items.map((item) => item.str + (item.hasEOL ? " " : "")).join("")), lowestText: height - Math.min(height, ...inked.map((item) => item.transform[5])), height });
  }
  return pages;
};


printed("the dashboard prints as a brief: no navigation or buttons, the chart's sources in full, its drawing whole on a sheet", async ({ page }) => {
  await page.goto("/vi/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("nav")).toHaveCount(2);
  for (const nav of await page.locator("nav").all()) await expect(nav).toBeHidden();
  await expect(page.locator('header a[hreflang="en"]')).toBeHidden();
  await expect(page.locator("[data-chart-actions]").first()).toBeHidden();
  await expect(page.locator("[data-share-panel]").first()).toBeHidden();
  // The sources behind the chart print in full (the disclosure's content, not its one-line summary); its table stays on the site.
  await expect(page.locator("figure#score-history .chart-sources [data-source-id]").first()).toBeVisible();
  await expect(page.locator("figure#score-history [data-testid=figure-table]")).toBeHidden();
  expect(await page.locator("figure#score-history .chart-box").evaluate((box) => getComputedStyle(box).breakInside)).toBe("avoid");
});

for (const locale of ["vi", "en"] as const) {
  const messages = loadMessages(locale) as { nav: Record<string, string>; charts: { scoreHistory: { title: string } }; home: { heading: string } };

  printed(`/${locale}/ prints on at most two A4 sheets: the answer, the score chart and its sources`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const answer = words(await page.getByTestId("today-lead").innerText());
    const pages = await printPdf(page);
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = words(pages.map((sheet) => sheet.text).join(" "));
    expect(text).toContain(words(messages.home.heading));
    expect(text).toContain(answer.slice(0, 60));
    expect(text).toContain(words(messages.charts.scoreHistory.title));
    // The chart's sources are printed in full: the first source's title is on paper.
    const firstSource = words(await page.locator("figure#score-history .chart-sources [data-source-id]").first().innerText());
    expect(text).toContain(firstSource.slice(0, 30));
    expect(pages[0].lowestText, "the first sheet is filled").toBeGreaterThan(pages[0].height / 2);
  });

  for (const path of ["/criteria/fiscal-transparency/", "/path/", "/path/shortest-path/", "/timeline/", "/compare/", "/methodology/", "/data/"]) {
    printed(`/${locale}${path} prints from the first sheet on, without navigation or share widgets`, async ({ page }) => {
      printed.setTimeout(120_000);
      await page.goto(`/${locale}${path}`);
      const heading = words(await page.locator("h1").innerText());
      const pages = await printPdf(page);
      expect(pages[0].text).toContain(heading.slice(0, 30));
      expect(pages[0].lowestText, "the first sheet is more than half filled").toBeGreaterThan(pages[0].height / 2);
      const text = pages.map((sheet) => sheet.text).join(" ");
      // The main navigation's labels (Overview, Timeline…) are not printed as a menu: "Methodology" may be a word of the page, the run of all of them is not.
      expect(text).not.toContain(Object.values(messages.nav).slice(0, 3).join(" "));
      for (const sheet of pages.slice(0, -1)) expect(sheet.lowestText, "no sheet but the last is left mostly empty").toBeGreaterThan(sheet.height / 3);
    });
  }
}
