import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { exportPaths, ogImagePath } from "@/lib/export/export-paths";
import { scenarioCardLayout } from "@/lib/export/scenario-og-card";
import { scenarioPages, scenarioStart } from "@/lib/export/scenario-pages";
import { lightModeColours } from "@/lib/export/standalone-svg";
import { barVerdict, scoreText } from "@/lib/format/bar-verdict";
import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { computedAssessments } from "@/lib/scoring/vietnam-today";
import { serializePathState } from "@/lib/url-state/path-state";
import { scenarioPagePath } from "@/lib/url-state/scenario-address";
import { builtOrigin, outDir } from "./site-pages";
import { hydrateSimulator, watchPage } from "./helpers";
import { midSentence } from "@/lib/format/mid-sentence";

// Expectations come from data/ through lib/, as the pages do.
const data = loadDataset();
// The address the build under test wrote into its pages (npm test builds for the test origin).
const origin = builtOrigin();
const start = scenarioStart(data);
const pages = scenarioPages(data);
const order = start.setup.reforms.map((reform) => reform.id);
const inert = start.reaches.filter(({ reach }) => reach.kind !== "adds").map(({ reform }) => reform);
const adding = start.reaches.filter(({ reach }) => reach.kind === "adds").map(({ reform }) => reform);
const locales = ["vi", "en"] as const;
const colours = lightModeColours(readFileSync(join(process.cwd(), "app", "globals.css"), "utf8"));

test.describe("every scenario is a page (JavaScript off)", () => {
  test.use({ javaScriptEnabled: false });
  test("there is one page per combination of the reforms that can add points, in both languages", () => {
    expect(pages).toHaveLength(2 ** adding.length - 1);
    for (const locale of locales) for (const page of pages) expect(readFileSync(join(outDir, locale, page.path, "index.html"), "utf8").length, `${locale}${page.path}`).toBeGreaterThan(0);
  });
  for (const locale of locales) {
    test(`/${locale}/path/with/…: each shows its reforms, its result against the bar, its own preview, and links to its neighbours`, async ({ page }) => {
      test.setTimeout(120_000);
      const previews = new Set<string>();
      for (const scenarioPage of pages) {
        const path = `/${locale}${scenarioPage.path}`;
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        const { score } = scenarioPage.scenario;
        const result = scoreText(score.range, score.applicablePoints);
        const heading = page.getByRole("heading", { level: 1 });
        for (const reform of scenarioPage.reforms) await expect(heading, path).toContainText(pick(reform.title, locale));
        await expect(page.locator("h1 [data-status=scenario]")).toBeVisible();
        await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-min", String(score.range.min));
        await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-max", String(score.range.max));
        await expect(page.getByTestId("scenario-lead")).toContainText(result);
        await expect(page.getByTestId("scenario-start")).toContainText(midSentence(pick(start.start.assessment.label, locale)));
        // Title, description and preview come from the same scenario: they cannot disagree.
        await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(`${result}$`));
        await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", new RegExp(result));
        const image = await page.locator('meta[property="og:image"]').getAttribute("content");
        expect(image).toBe(`${origin}${ogImagePath(locale, scenarioPage.path)}`);
        previews.add(image!);
        await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
        await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
        // Each reform that can add points is a link to the same choice with it switched; one that cannot says why.
        const chosen = scenarioPage.reforms.map((reform) => reform.id);
        for (const reform of adding) {
          const toggled = chosen.includes(reform.id) ? chosen.filter((id) => id !== reform.id) : [...chosen, reform.id];
          const link = page.getByTestId(`toggle-${reform.id}`);
          await expect(link).toHaveAttribute("href", `/${locale}${scenarioPagePath(toggled, order)}`);
          await expect(link).toHaveAttribute("data-on", String(chosen.includes(reform.id)));
        }
        for (const reform of inert) {
          await expect(page.getByTestId(`toggle-${reform.id}`)).toHaveCount(0);
          await expect(page.getByTestId(`reach-${reform.id}`)).toContainText("4/4");
        }
        await expect(page.getByTestId("open-in-simulator")).toHaveAttribute("href", `/${locale}/path/${serializePathState({ base: start.setup.defaultBase, reforms: chosen }, { reformIds: order })}`);
      }
      expect(previews.size, "every page has its own preview image").toBe(pages.length);
    });

    test(`/${locale}/path/with/…: the share links name the page and carry the score and the date`, async ({ page }) => {
      const scenarioPage = pages.at(-1)!;
      await page.goto(`/${locale}${scenarioPage.path}`);
      const url = `${origin}/${locale}${scenarioPage.path}`;
      const panel = page.locator("[data-share-panel=scenario-share]");
      const href = async (service: string) => new URL((await panel.locator(`a[data-share-service=${service}]`).getAttribute("href"))!);
      const result = scoreText(scenarioPage.scenario.score.range, scenarioPage.scenario.score.applicablePoints);
      const date = formatPartialDate(data.release.publishedOn, locale);
      const facebook = await href("facebook");
      expect(facebook.origin).toBe("https://www.facebook.com");
      expect(facebook.searchParams.get("u")).toBe(url);
      const x = await href("x");
      expect(`${x.origin}${x.pathname}`).toBe("https://x.com/intent/tweet");
      expect(x.searchParams.get("url")).toBe(url);
      expect(x.searchParams.get("text")).toContain(result);
      expect(x.searchParams.get("text")).toContain(date);
      expect((await href("linkedin")).searchParams.get("url")).toBe(url);
      const email = await panel.locator("a[data-share-service=email]").getAttribute("href");
      expect(email).toMatch(/^mailto:\?subject=/);
      expect(decodeURIComponent(email!.split("body=")[1])).toContain(url);
      for (const service of ["facebook", "x", "linkedin"]) {
        await expect(panel.locator(`a[data-share-service=${service}]`)).toHaveAttribute("rel", "noopener noreferrer");
      }
      // Zalo: the text and the link to paste, readable without JavaScript.
      await panel.locator("[data-share-zalo] summary").click();
      const paste = await panel.locator("textarea[data-share-text]").inputValue();
      expect(paste).toContain(result);
      expect(paste).toContain(url);
      for (const reform of scenarioPage.reforms) expect(paste).toContain(pick(reform.title, locale));
    });

    test(`/${locale}/path/: each reform is a link to its scenario's page, and the page it opens shows that scenario`, async ({ page }) => {
      await page.goto(`/${locale}/path/`);
      const [first] = adding;
      await page.getByTestId(`toggle-${first.id}`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}${scenarioPagePath([first.id], order)}$`));
      const expected = pages.find((candidate) => candidate.path === scenarioPagePath([first.id], order))!.scenario.score.range;
      await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-min", String(expected.min));
      await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-max", String(expected.max));
    });
  }
});

/** Reads the scenario bar of a preview PNG back from its pixels: per cell, filled, hatched ("maybe") or empty. */
const drawnCells = async (page: Page, png: string, outOf: number, bar: "start" | "scenario", ink: string) => {
  const layout = scenarioCardLayout(outOf);
  const { y, height } = layout[bar];
  const centres = Array.from({ length: outOf }, (_, index) => Math.round(layout.centre(index)));
  return page.evaluate(
    async ({ png, centres, y, height, ink }) => {
      const image = new Image();
      image.src = png;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const target = [1, 3, 5].map((offset) => parseInt(ink.slice(offset, offset + 2), 16));
      const size = { width: image.naturalWidth, height: image.naturalHeight };
      const cells = centres.map((x) => {
        // A vertical and a horizontal run through the cell's middle, away from its border.
        const samples: number[][] = [];
        for (let dy = 5; dy < height - 5; dy += 1) samples.push([...context.getImageData(x, y + dy, 1, 1).data]);
        for (let dx = -12; dx <= 12; dx += 1) samples.push([...context.getImageData(x + dx, y + Math.round(height / 2), 1, 1).data]);
        const inked = samples.filter((pixel) => Math.hypot(pixel[0] - target[0], pixel[1] - target[1], pixel[2] - target[2]) < 60).length / samples.length;
        return inked > 0.9 ? "filled" : inked > 0.1 ? "maybe" : "empty";
      });
      return { size, cells };
    },
    { png, centres, y, height, ink },
  );
};

test.describe("preview images are drawn from the page's own result", () => {
  for (const locale of locales) {
    test(`/${locale}/: each scenario's PNG (1200×630) draws the total its page computes, and the start it comes from`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      await page.goto(`${baseURL}/${locale}/path/`);
      const named = data.scenarios.map((scenario) => ({ path: `/path/${scenario.id}/`, score: resolveNamedScenario(scenario, { ...data, computed: computedAssessments(data) }).scenario.score }));
      for (const { path, score } of [...pages.map((scenarioPage) => ({ path: scenarioPage.path, score: scenarioPage.scenario.score })), ...named]) {
        const png = ogImagePath(locale, path);
        const { size, cells } = await drawnCells(page, png, score.applicablePoints, "scenario", colours.scenario);
        expect(size, png).toEqual({ width: 1200, height: 630 });
        const filled = cells.filter((cell) => cell === "filled").length;
        const maybe = cells.filter((cell) => cell === "maybe").length;
        expect({ low: filled, high: filled + maybe }, png).toEqual({ low: score.range.min, high: score.range.max });
        expect(cells.slice(0, filled).every((cell) => cell === "filled"), png).toBe(true);
      }
      // The simulator page's own preview draws where it starts: the computed estimate for the latest data year.
      const startRange = scoreAssessment(start.start.assessment, start.rule).range;
      const simulator = await drawnCells(page, ogImagePath(locale, "/path/"), pages[0].scenario.score.applicablePoints, "scenario", colours.computed);
      const low = simulator.cells.filter((cell) => cell === "filled").length;
      expect({ low, high: low + simulator.cells.filter((cell) => cell === "maybe").length }).toEqual({ low: startRange.min, high: startRange.max });
    });
  }
});

test.describe("the simulator speaks plainly and shares the scenario's page", () => {
  const met = pages.find((candidate) => candidate.scenario.score.eligibility === "eligible" && candidate.reforms.length === Math.min(...pages.filter((other) => other.scenario.score.eligibility === "eligible").map((other) => other.reforms.length)))!;

  test("a reform already in force is shown as done with the reason, not as a switch", async ({ page }) => {
    await page.goto("/vi/path/");
    await hydrateSimulator(page);
    for (const reform of inert) {
      const item = page.locator(`li[data-reform="${reform.id}"]`);
      await expect(item).toHaveAttribute("data-reach", "reached");
      await expect(item.getByRole("switch")).toHaveCount(0);
      await expect(item).toContainText("4/4");
      if (reform.progress === "done") await expect(item.getByTestId(`reach-${reform.id}`)).toContainText("Đã làm");
    }
    await expect(page.getByRole("switch")).toHaveCount(adding.length);
  });

  test("a reform whose points depend on an input the sources do not give says so once, and never 'done' beside '+2'", async ({ page }) => {
    const conditional = start.reaches.filter(({ reach }) => reach.kind === "adds" && reach.gain.min === 0 && reach.gain.max > 0).map(({ reform }) => reform);
    expect(conditional.map((reform) => reform.id), "the 2025 start leaves the budget documents open").toContain("publish-budget-proposal");
    const says = { vi: { maybe: "có thể thêm 2 điểm nếu", not: [/\+2 điểm/, /0 hoặc 2/, /Đã làm|Đã thực hiện/] }, en: { maybe: "could add 2 points if", not: [/\+2 points/, /0 or 2/, /\bDone\b/] } };
    for (const locale of locales) {
      for (const path of [`/${locale}/path/`, `/${locale}/criteria/fiscal-transparency/`]) {
        await page.goto(path);
        for (const reform of conditional.filter((candidate) => candidate.criterion === "fiscalTransparency")) {
          const item = page.locator(`li[data-reform="${reform.id}"]`).first();
          const text = (await item.textContent()) ?? "";
          expect(text.split(says[locale].maybe).length - 1, `${path} ${reform.id}: ${text}`).toBe(1);
          for (const phrase of says[locale].not) expect(text, `${path} ${reform.id}`).not.toMatch(phrase);
        }
      }
    }
  });

  test("the result bar says when the bar is met and changes style; the share links give the scenario's page", async ({ page }) => {
    const watch = watchPage(page);
    await page.goto("/en/path/");
    await hydrateSimulator(page);
    const sticky = page.getByTestId("sticky-score");
    const startScore = scoreAssessment(start.start.assessment, start.rule);
    const startVerdict = barVerdict(startScore.range, startScore.thresholdPoints, startScore.applicablePoints, startScore.eligibility).kind;
    expect(startVerdict, "the default start does not already meet the bar").not.toBe("met");
    await expect(sticky).toHaveAttribute("data-verdict", startVerdict);
    const before = await sticky.evaluate((element) => getComputedStyle(element).borderTopStyle);
    for (const reform of met.reforms) await page.getByTestId(`toggle-${reform.id}`).click();
    await expect(sticky).toHaveAttribute("data-verdict", "met");
    await expect(sticky).toContainText("Meets the bar ✓");
    await expect(page.getByTestId("verdict")).toHaveText("Meets the bar ✓");
    expect(await sticky.evaluate((element) => getComputedStyle(element).borderTopStyle)).not.toBe(before);
    const share = page.getByTestId("simulator-share");
    await expect(share).toHaveAttribute("data-page", met.path);
    await expect(share).toHaveAttribute("data-share-url", `${origin}/en${met.path}`);
    await expect(page.getByTestId("scenario-page-link")).toHaveAttribute("href", `/en${met.path}`);
    const facebook = new URL((await share.locator("a[data-share-service=facebook]").getAttribute("href"))!);
    expect(facebook.searchParams.get("u")).toBe(`${origin}/en${met.path}`);
    // Switching on a reform that adds nothing was never possible: the scenario and its address stay the same.
    watch.expectClean();
  });

  test("a state with no page of its own keeps the query-string link and says why", async ({ page }) => {
    const other = start.setup.bases.filter((base) => base.assessment.id !== start.setup.defaultBase && base.assessment.status === "computed").at(-1)!;
    const query = serializePathState({ base: other.assessment.id, reforms: [adding[0].id] }, { reformIds: order });
    await page.goto(`/vi/path/${query}`);
    await hydrateSimulator(page);
    const share = page.getByTestId("simulator-share");
    await expect(share).toHaveAttribute("data-page", "");
    await expect(share).toHaveAttribute("data-share-url", `${origin}/vi/path/${query}`);
    await expect(share).toContainText(midSentence(pick(start.start.assessment.label, "vi")));
  });

  test("a named scenario's state shares the named page, and opening it in the simulator shows the page's result", async ({ page }) => {
    const named = data.scenarios.find((scenario) => scenario.selection.kind === "reforms" && scenario.base !== start.setup.defaultBase)!;
    await page.goto(`/en/path/${named.id}/`);
    const min = await page.getByTestId("scenario-score").getAttribute("data-min");
    const max = await page.getByTestId("scenario-score").getAttribute("data-max");
    await page.getByTestId("open-in-simulator").click();
    await hydrateSimulator(page);
    await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-min", min!);
    await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-max", max!);
    await expect(page.getByTestId("simulator-share")).toHaveAttribute("data-page", `/path/${named.id}/`);
  });

  test("while the page is still loading, pressing a reform opens its scenario's page at once", async ({ page }) => {
    // The framework's scripts never arrive: the page stays as the server drew it, as on a line that stalls.
    await page.route(/\/_next\/static\/chunks\//, (route) => route.abort());
    await page.goto("/vi/path/", { waitUntil: "domcontentloaded" });
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "false");
    await expect(page.locator("#path-base")).toBeEnabled();
    await page.getByTestId(`toggle-${adding[0].id}`).click();
    await expect(page).toHaveURL(new RegExp(`/vi${scenarioPagePath([adding[0].id], order)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(pick(adding[0].title, "vi"));
  });
});

test.describe("share buttons add no JavaScript to the pages that gained them", () => {
  // A share panel is plain links; its copy and share-sheet buttons are drawn by the one small script every page without
  // the simulator already loads for its figures' share controls (out/enhance.js). So a page that gained a panel loads
  // no script that a page with figures and no panel (a criterion page) does not load too, and no framework.
  const scriptsOf = (path: string) => [...readFileSync(join(outDir, path, "index.html"), "utf8").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const reference = "/vi/criteria/fiscal-transparency/";
  for (const path of [`/vi${pages.at(-1)!.path}`, `/en/path/${data.scenarios[0].id}/`]) {
    test(`${path} loads only the script a page with figures and no share panel loads, and its panel's buttons work`, async ({ page }) => {
      expect(scriptsOf(path)).toEqual(["/enhance.js"]);
      expect(scriptsOf(path)).toEqual(scriptsOf(reference));
      await page.goto(path);
      const panel = page.locator("[data-share-panel] span[data-share-link]");
      await expect(panel.getByRole("button")).not.toHaveCount(0);
      await expect(panel.locator("[data-copy-text]")).toBeVisible();
    });
  }
  test("the dashboard's share panel adds no script to what its charts and citation load", () => {
    expect(scriptsOf("/vi/")).toEqual(scriptsOf(reference));
    expect(scriptsOf("/vi/")).toEqual(scriptsOf("/vi/data/"));
  });
});

test.describe("the one-page brief is linked where people look for it", () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    for (const path of ["/", "/path/", "/data/"]) {
      test(`/${locale}${path} links the ${locale} brief`, async ({ page, request }) => {
        await page.goto(`/${locale}${path}`);
        const link = page.locator(`a[data-brief="${locale}"]`);
        await expect(link).toHaveAttribute("href", exportPaths.brief(locale));
        const response = await request.get(exportPaths.brief(locale));
        expect(response.status()).toBe(200);
        expect(response.headers()["content-type"]).toContain("application/pdf");
      });
    }
  }
});
