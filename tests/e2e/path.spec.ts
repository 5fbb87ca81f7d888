import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { reformReach } from "@/lib/scoring/reform-reach";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import { computedAssessments } from "@/lib/scoring/vietnam-today";
import { scoreText } from "@/lib/format/bar-verdict";
import { parsePathState, serializePathState, type PathState, type PathStateContext } from "@/lib/url-state/path-state";
import { pagePathForState, scenarioPagePath, stateOfPagePath } from "@/lib/url-state/scenario-address";
import { scenarioAddressBook } from "@/lib/export/scenario-pages";
import { expectNoAxeViolations, expectNoSidewaysScroll, hydrateSimulator, watchPage } from "./helpers";

// Expectations come from data/ through lib/, so the tests follow the data.
const data = loadDataset();
const setup = simulatorSetup(data);
const context: PathStateContext = { baseIds: setup.bases.map((b) => b.assessment.id), reformIds: setup.reforms.map((r) => r.id), defaultBase: setup.defaultBase };
const locales = ["vi", "en"] as const;
const withComputed = { ...data, computed: computedAssessments(data) };
const defaultStart = setup.bases.find((base) => base.assessment.id === setup.defaultBase)!;
/** The reforms that are switches on the default view: those that can add points from the default start. */
const switchIds = setup.reforms.filter((reform) => reformReach(defaultStart.assessment, reform, defaultStart.rule ?? undefined).kind === "adds").map((reform) => reform.id);

const book = scenarioAddressBook(data);
const addingFrom = (baseId: string) => {
  const base = setup.bases.find((candidate) => candidate.assessment.id === baseId)!;
  return setup.reforms.filter((reform) => reformReach(base.assessment, reform, base.rule ?? undefined).kind === "adds").map((reform) => reform.id);
};
/** Where the simulator puts a state, and the state it then shows: its page where it has one, else /path/?query. */
const addressOf = (locale: string, state: PathState) => {
  const pagePath = pagePathForState(state, addingFrom(state.base), book);
  if (!pagePath) return { address: `/${locale}/path/${serializePathState(state, context)}`, state };
  return { address: `/${locale}${pagePath}`, state: stateOfPagePath(pagePath, book) ?? { base: state.base, reforms: [] } };
};

/** mulberry32: a tiny seeded generator, so the fuzz runs the same queries every time. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const fuzzQueries = (count: number, seed: number) => {
  const random = seeded(seed);
  const pick = <T>(items: ReadonlyArray<T>) => items[Math.floor(random() * items.length)];
  const hostile = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "%3Cscript%3E", "9".repeat(300), "1e309", "-1", "NaN",
    "__proto__", "constructor", "../../etc/passwd", "vn-2017-énd", "🙂", "Việt Nam", "%E0%A4%A", "%", "%00", "a\u0000b", " ", ",", ",,,", "VN-2015", "x".repeat(70),
  ];
  const random_text = () => Array.from({ length: Math.floor(random() * 12) }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join("").replace(/#/g, "");
  const baseValue = () => pick([...context.baseIds, ...context.baseIds, "vn-1999", "retired-assessment", "", ...hostile, random_text()]);
  const reformItem = () => pick([...context.reformIds, ...context.reformIds, "retired-reform", "", ...hostile, random_text()]);
  const reformsValue = () => Array.from({ length: Math.floor(random() * 5) }, reformItem).join(",");
  const part = () =>
    pick([
      () => `base=${encodeURIComponent(baseValue())}`,
      () => `base=${baseValue()}`,
      () => `reforms=${reformsValue()}`,
      () => `reforms=${encodeURIComponent(reformsValue())}`,
      () => `${pick(["utm_source", "x", "Base", "reforms[]", ""])}=${random_text()}`,
      () => random_text(),
    ])();
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, part).join("&"));
};

test.describe("share links: fuzz", () => {
  // Ten page loads and 240 in-page checks each; the margin is for a busy machine.
  test.setTimeout(240_000);
  for (const [index, locale] of locales.entries()) {
    // 250 queries per language, 500 in all. One page is reused: every 25th query is a fresh page load (the link
    // as opened), the others arrive as history navigations in that page (the same parser, via popstate).
    test(`250 random and hostile query strings on /${locale}/path/ always give a valid view, and the notice when adjusted`, async ({ page, baseURL }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const cases = fuzzQueries(250, 2026 + index).map((query) => {
        const url = new URL(`/${locale}/path/?${query}`, baseURL);
        const expected = parsePathState(url.search, context);
        const shown = addressOf(locale, expected.state);
        // What the page must show: state, its address (a scenario page's where it has one), notice iff adjusted (and a score).
        return { query, href: url.href, want: { base: shown.state.base, reforms: shown.state.reforms.join(","), address: shown.address, notice: expected.adjustments.length > 0 } };
      });
      type Want = (typeof cases)[number]["want"];
      // Each query is checked in the page, polled every frame until it holds or 5 s pass, and what the page shows is
      // handed back to be compared here: 24 queries per round trip keeps 250 fast.
      const checkInPage = (items: Array<{ href: string; want: Want; navigate: boolean }>) =>
        page.evaluate(async (items) => {
          const seen = () => {
            const simulator = document.querySelector("[data-testid=simulator]");
            return {
              base: simulator?.getAttribute("data-base"),
              reforms: simulator?.getAttribute("data-reforms"),
              address: window.location.pathname + window.location.search,
              notice: document.querySelector("[data-testid=link-adjusted]") !== null,
              score: (document.querySelector("[data-testid=scenario-score]")?.textContent ?? "").length > 0,
            };
          };
          const holds = (now: ReturnType<typeof seen>, want: (typeof items)[number]["want"]) =>
            now.base === want.base && now.reforms === want.reforms && now.address === want.address && now.notice === want.notice;
          const results: Array<{ held: boolean; seen: ReturnType<typeof seen> }> = [];
          for (const { href, want, navigate } of items) {
            if (navigate) {
              window.history.pushState(null, "", href);
              window.dispatchEvent(new PopStateEvent("popstate", { state: window.history.state }));
            }
            const deadline = performance.now() + 5_000;
            // React settles a history change in tasks, not frames (its updates from the URL are synchronous): a task
            // between looks, not a frame, so a query costs its rendering, not a 16 ms frame.
            let held = holds(seen(), want);
            while (!held && performance.now() < deadline) {
              await new Promise((resolve) => setTimeout(resolve, 0));
              held = holds(seen(), want);
            }
            results.push({ held, seen: seen() });
          }
          return results;
        }, items);
      // Every 25th query is a fresh page load (the link as opened), the others arrive as history navigations in that
      // page (the same parser, via popstate).
      for (let first = 0; first < cases.length; first += 25) {
        const group = cases.slice(first, first + 25);
        await page.goto(group[0].href, { waitUntil: "domcontentloaded" });
        await hydrateSimulator(page);
        const results = await checkInPage(group.map((item, n) => ({ href: item.href, want: item.want, navigate: n > 0 })));
        for (const [n, { held, seen }] of results.entries()) {
          if (!held) expect(seen, group[n].query).toEqual({ ...group[n].want, score: true });
          expect(seen.score, group[n].query).toBe(true);
        }
      }
      expect(errors).toEqual([]);
    });
  }
});

test.describe("simulator", () => {
  test("toggles move the score and the address (the scenario's page, as Share gives it); back and forward restore the state", async ({ page }) => {
    const watch = watchPage(page);
    const address = () => page.evaluate(() => window.location.pathname + window.location.search);
    await page.goto("/en/path/");
    await hydrateSimulator(page);
    await expect.poll(address).toBe("/en/path/");
    await expect(page.getByTestId("link-adjusted")).toHaveCount(0);
    const [first, second] = switchIds;
    await page.getByTestId(`toggle-${first}`).click();
    await expect.poll(address).toBe(`/en${scenarioPagePath([first], book.order)}`);
    await page.getByTestId(`toggle-${second}`).click();
    const both = `/en${scenarioPagePath([first, second], book.order)}`;
    await expect.poll(address).toBe(both);
    await expect(page.getByTestId("simulator-share")).toHaveAttribute("data-share-url", new RegExp(`${both.replace(/[/.]/g, "\\$&")}$`));
    const scoreWithBoth = await page.getByTestId("scenario-score").innerText();
    await page.goBack();
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-reforms", first);
    await expect(page.getByTestId(`toggle-${second}`)).toHaveAttribute("aria-checked", "false");
    await page.goBack();
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-reforms", "");
    await page.goForward();
    await page.goForward();
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-reforms", `${first},${second}`);
    await expect(page.getByTestId("scenario-score")).toHaveText(scoreWithBoth);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await expect.poll(address).toBe(both);
    // A state with no page of its own keeps the query form.
    const other = setup.bases.find((base) => base.assessment.id !== setup.defaultBase && !book.named.some((named) => named.base === base.assessment.id))!;
    await page.locator("#path-base").selectOption(other.assessment.id);
    await expect.poll(address).toBe(`/en/path/${serializePathState({ base: other.assessment.id, reforms: [first, second] }, context)}`);
    watch.expectClean();
    // The address, opened as a link (a reload), is the scenario's own page with the same result.
    await page.goBack();
    await expect.poll(address).toBe(both);
    await page.reload();
    await expect(page.getByTestId("scenario-title")).toBeVisible();
    await expect(page.getByTestId("scenario-score").first()).toHaveText(scoreWithBoth);
  });

  test("a start whose inputs leave a range (data year 2025: the 2023 survey statuses) shows the range and says why", async ({ page }) => {
    const named = { ...data.scenarios[0], base: setup.defaultBase, selection: { kind: "reforms" as const, reforms: ["civil-liberties-band"] } };
    const { scenario } = resolveNamedScenario(named, withComputed);
    expect(scenario.score.range.min).toBeLessThan(scenario.score.range.max);
    await page.goto(`/en/path/${serializePathState({ base: named.base, reforms: scenario.reforms.map((r) => r.id) }, context)}`);
    await hydrateSimulator(page);
    await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-min", String(scenario.score.range.min));
    await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-max", String(scenario.score.range.max));
    await expect(page.getByTestId("range-why")).toBeVisible();
    await expect(page.getByTestId("values-check-gate")).toBeVisible();
  });

  for (const locale of locales) {
    test(`/${locale}/path/: every toggle is reached by Tab and works with Space and Enter, focus visible`, async ({ page }) => {
      await page.goto(`/${locale}/path/`);
      await hydrateSimulator(page);
      const reached = new Set<string>();
      for (let i = 0; i < 80 && reached.size < switchIds.length; i += 1) {
        await page.keyboard.press("Tab");
        const id = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
        if (id.startsWith("toggle-")) {
          reached.add(id);
          const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
          expect(outline, `${id} shows focus`).not.toBe("none");
        }
      }
      expect([...reached].sort()).toEqual(switchIds.map((id) => `toggle-${id}`).sort());
      const toggle = page.getByTestId(`toggle-${switchIds[0]}`);
      await toggle.focus();
      await page.keyboard.press("Space");
      await expect(toggle).toHaveAttribute("aria-checked", "true");
      await expect(toggle).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(toggle).toHaveAttribute("aria-checked", "false");
    });
  }
});

test.describe("the simulator's runtime waits for the reader (scripts/defer-framework-scripts.mjs)", () => {
  /** The load event, then two idle periods of the page's main thread: a short wait that ends on the page's own clock. */
  const loadedAndIdle = async (page: Page) => {
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  };
  /** The /_next/ chunks the page has fetched, by how: "script" ran them, "link" only prefetched them. */
  const chunkFetches = (page: Page) =>
    page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => /^\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(entry.name).pathname))
        .map((entry) => entry.initiatorType),
    );
  const booted = (page: Page) => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version === "string");
  const other = setup.bases.find((base) => base.assessment.id !== setup.defaultBase)!.assessment.id;

  for (const locale of locales) {
    test(`/${locale}/path/: a reader who has not touched the page yet gets no framework script run; the chunks are only prefetched`, async ({ page }) => {
      await page.goto(`/${locale}/path/`);
      await loadedAndIdle(page);
      await expect.poll(() => chunkFetches(page), { message: "the chunks are prefetched after the load event" }).toContain("link");
      expect(await chunkFetches(page), "no chunk was added as a script").not.toContain("script");
      expect(await booted(page)).toBe(false);
      await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "false");
      // The page reads as the server drew it, and the start can already be chosen.
      await expect(page.getByTestId("scenario-score").first()).toBeVisible();
      await expect(page.locator("#path-base")).toBeEnabled();
      await expect(page.locator("#path-base"), "with JavaScript on the select never looks disabled").not.toHaveCSS("cursor", "not-allowed");
    });
  }

  test("the first mouse move runs the runtime and the simulator hydrates", async ({ page }) => {
    await page.goto("/en/path/");
    await loadedAndIdle(page);
    expect(await booted(page)).toBe(false);
    await page.mouse.move(200, 300);
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "true");
    expect(await chunkFetches(page)).toContain("script");
    await page.getByTestId(`toggle-${switchIds[0]}`).click();
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-reforms", switchIds[0]);
  });

  test("the first key press runs it too: a keyboard user tabs into a working simulator", async ({ page }) => {
    await page.goto("/vi/path/");
    await loadedAndIdle(page);
    expect(await booted(page)).toBe(false);
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "true");
    const toggle = page.getByTestId(`toggle-${switchIds[0]}`);
    await toggle.focus();
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-checked", "true");
  });

  test("a shared link with a state hydrates at once, without any interaction, and shows that state", async ({ page }) => {
    await page.goto(`/vi/path/${serializePathState({ base: other, reforms: [] }, context)}`);
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "true");
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-base", other);
    await expect(page.locator("#path-base")).toHaveValue(other);
  });

  test("before the runtime has run, choosing a start opens the simulator at that start", async ({ page }) => {
    // The chunks never arrive, as on a line that stalls: the select works all the same.
    let blocked = true;
    await page.route(/\/_next\/static\/chunks\/[^/]+\.js$/, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto("/vi/path/");
    await loadedAndIdle(page);
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "false");
    await expect(page.getByTestId("base-loading"), "the note for readers without JavaScript").toBeHidden();
    await page.locator("#path-base").selectOption(other);
    const address = `/vi/path/${serializePathState({ base: other, reforms: [] }, context)}`;
    await page.waitForURL((url) => url.pathname + url.search === address);
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "false");
    blocked = false;
    await page.reload();
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-hydrated", "true");
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-base", other);
    await expect(page.locator("#path-base")).toHaveValue(other);
  });
});

test.describe("recharts stays on the path page", () => {
  const chunksDir = join(process.cwd(), "out/_next/static/chunks");
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  const rechartsChunks = walk(chunksDir).filter((file) => readFileSync(file, "utf8").includes("recharts-wrapper")).map((file) => file.slice(file.indexOf("/_next/")));

  const loaded = (urls: string[]) => urls.filter((url) => rechartsChunks.some((chunk) => url.endsWith(chunk)));
  const requestsOf = (page: Page) => {
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    return urls;
  };

  test("only /path/ loads the recharts chunk, and only when the view differs from the server figure", async ({ page }) => {
    expect(rechartsChunks.length).toBeGreaterThan(0);
    const urls = requestsOf(page);
    for (const path of ["/vi/", `/vi/path/${data.scenarios[0].id}/`, "/vi/path/"]) {
      await page.goto(path, { waitUntil: "networkidle" });
      await expect(page.locator("[data-testid=scenario-figures], [data-testid=today]").first()).toBeVisible();
      expect(loaded(urls), path).toEqual([]);
    }
    // The default view is the server figure; the first toggle brings the live chart.
    await hydrateSimulator(page);
    await expect(page.getByTestId("simulator")).toHaveAttribute("data-live-chart", "false");
    await page.getByTestId(`toggle-${switchIds[0]}`).click();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(loaded(urls).length).toBeGreaterThan(0);
  });

  test("a shared link with reforms opens with the live chart", async ({ page }) => {
    const urls = requestsOf(page);
    await page.goto(`/en/path/${serializePathState({ base: setup.defaultBase, reforms: [context.reformIds[0]] }, context)}`);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(loaded(urls).length).toBeGreaterThan(0);
  });
});

for (const width of [360, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const locale of locales) {
      for (const path of [`/${locale}/path/`, `/${locale}/path/?base=nope&reforms=${context.reformIds[0]}`, `/${locale}/path/${data.scenarios[0].id}/`]) {
        test(`${path} has no axe violations and no sideways scroll`, async ({ page }) => {
          await page.goto(path);
          if (!path.includes(data.scenarios[0].id)) await hydrateSimulator(page);
          await expectNoAxeViolations(page);
          await expectNoSidewaysScroll(page);
        });
      }
    }
  });
}

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    for (const named of data.scenarios) {
      test(`/${locale}/path/${named.id}/ shows its score, chart and table`, async ({ page }) => {
        const { scenario } = resolveNamedScenario(named, withComputed);
        await page.goto(`/${locale}/path/${named.id}/`);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(named.title[locale]);
        await expect(page.locator("h1 [data-status=scenario]")).toBeVisible();
        await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-min", String(scenario.score.range.min));
        await expect(page.getByTestId("scenario-score")).toHaveAttribute("data-max", String(scenario.score.range.max));
        await expect(page.getByTestId("scenario-table")).toBeVisible();
        await expect(page.locator("[data-testid=scenario-figures] svg[role=img]:visible").first()).toBeVisible();
        // The preview's title carries the result, so title and score never disagree.
        await expect(page.locator(`meta[property="og:title"]`)).toHaveAttribute("content", `${named.title[locale]} → ${scoreText(scenario.score.range, scenario.score.applicablePoints)}`);
        await expect(page.getByTestId("scenario-result-line")).toContainText(scoreText(scenario.score.range, scenario.score.applicablePoints));
        for (const reform of scenario.reforms) await expect(page.locator(`[data-reform="${reform.id}"]`)).toBeVisible();
      });
    }
    test(`/${locale}/path/ shows the starting point as an SVG figure and says the simulator needs JavaScript`, async ({ page }) => {
      await page.goto(`/${locale}/path/`);
      await expect(page.locator("[data-testid=scenario-figures] svg[role=img]:visible").first()).toBeVisible();
      await expect(page.getByTestId("scenario-score")).toBeVisible();
      await expect(page.locator("[data-scenario-link]")).toHaveCount(data.scenarios.length);
      // The start cannot change without JavaScript, and the control says so.
      await expect(page.locator("#path-base")).toBeDisabled();
      await expect(page.locator("#path-base"), "and looks it").toHaveCSS("cursor", "not-allowed");
      await expect(page.getByTestId("base-loading")).toBeVisible();
    });
  }
});

test.describe("the live chart draws what the server figure of the same state draws", () => {
  type Drawn = { title: string; legend: string[]; marks: string[]; labels: string[]; threshold: string[]; ticks: string[] };
  const read = (selector: string, svgSelector: string) => (page: Page) =>
    page.locator(selector).evaluateAll(
      (figures, svgSelector) =>
        figures.map((figure) => {
          const svg = [...figure.querySelectorAll<SVGSVGElement>(svgSelector)].find((candidate) => candidate.getBoundingClientRect().width > 0)!;
          const texts = (role: string) => [...svg.querySelectorAll(`text[data-role="${role}"]`)].map((text) => text.textContent ?? "").filter(Boolean).sort();
          return {
            title: figure.querySelector("h3")?.textContent ?? "",
            legend: [...figure.querySelectorAll("[data-legend]")].map((entry) => `${entry.getAttribute("data-legend")}:${entry.textContent}`),
            marks: [...svg.querySelectorAll("[data-mark]")].map((mark) => ["mark", "status", "kind", "shape", "min", "max"].map((key) => mark.getAttribute(`data-${key}`) ?? "").join("|")).sort(),
            labels: texts("label"),
            threshold: texts("threshold"),
            ticks: [...svg.querySelectorAll(".recharts-cartesian-axis-tick-value, text[data-role=tick]")].map((text) => text.textContent ?? "").filter(Boolean).sort(),
          } satisfies Drawn;
        }),
      svgSelector,
    );
  for (const locale of locales) {
    test(`/${locale}/path/: once the reader starts, the live chart of the same state matches the server figure it replaces`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/path/`);
      await hydrateSimulator(page);
      const server = await read("[data-testid=scenario-figures] figure", "svg.chart-svg")(page);
      expect(server).toHaveLength(2);
      // Focus alone counts as starting: the live chart comes in for the same (default) state.
      await page.locator("#path-base").focus();
      await expect(page.locator("[data-live-figure] .recharts-surface").first()).toBeVisible();
      await expect(page.getByTestId("simulator")).toHaveAttribute("data-reforms", "");
      const live = await read("[data-testid=live-chart] [data-live-figure]", "svg.recharts-surface")(page);
      const numericTicks = (drawn: Drawn[]) => drawn.map(({ ticks, ...rest }) => ({ ...rest, ticks: ticks.filter((tick) => /^\d+$/.test(tick)) }));
      expect(numericTicks(live)).toEqual(numericTicks(server));
      // After a toggle the live chart still draws every mark, label and legend entry of its description.
      await page.getByTestId(`toggle-${context.reformIds[0]}`).click();
      await expect(page.getByTestId("simulator")).toHaveAttribute("data-reforms", context.reformIds[0]);
      const toggled = await read("[data-testid=live-chart] [data-live-figure]", "svg.recharts-surface")(page);
      expect(toggled.map((figure) => figure.marks.length)).toEqual(server.map((figure) => figure.marks.length));
      expect(toggled[0].marks.some((mark) => mark.startsWith("scenario|scenario|"))).toBe(true);
      expect(toggled[0].threshold).toHaveLength(1);
    });
  }
});
