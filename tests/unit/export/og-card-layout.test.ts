import { Resvg } from "@resvg/resvg-js";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import type { Translate } from "@/lib/charts/describe/common";
import { loadDataset } from "@/lib/data/read-dataset";
import { ogCardLayout, type OgCardInput } from "@/lib/export/og-card";
import { todayCardContent } from "@/lib/export/og-card-content";
import { OG_HEIGHT, OG_SAFE_AREA, OG_WIDTH, ogLayoutProblems, ogRunBox, runSvg, wrapLines, type OgTextRun } from "@/lib/export/og-text";
import { scenarioCardContent } from "@/lib/export/scenario-og";
import { scenarioCardTextLayout } from "@/lib/export/scenario-og-card";
import { scenarioPages } from "@/lib/export/scenario-pages";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { computedDataYears } from "@/lib/scoring/computed-assessments";
import { criterionIds, locales, type Locale } from "@/lib/schemas/common";

const data = loadDataset();
// The fonts scripts/build-exports.ts draws the PNGs with: the test measures the drawn text with resvg itself.
const fontDir = join("node_modules", "@expo-google-fonts", "be-vietnam-pro");
const fontFiles = ["400Regular", "700Bold"].map((face) => join(fontDir, face, `BeVietnamPro_${face}.ttf`));
/** The box resvg draws a card's text in (all runs, nothing else), in card pixels. */
const drawnTextBox = (runs: ReadonlyArray<OgTextRun>) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" font-family="'Be Vietnam Pro', sans-serif">${runs.map(runSvg).join("")}</svg>`;
  const box = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Be Vietnam Pro" } }).getBBox();
  return box && { x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height };
};

const translate = (locale: Locale): Translate => {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key, values) => t(key as never, values as never);
};
/** Every page's og:title but the simulator's pages (their cards are scenario cards), as the pages build them. */
const pageTitles = (t: Translate) => [
  t("home.metaTitle"),
  t("methodologyPage.title"),
  t("timelinePage.title"),
  t("comparePage.title"),
  t("dataPage.title"),
  ...criterionIds.map((criterion) => t("criterionPage.metaTitle", { criterion: t(`criteria.${criterion}`) })),
  ...computedDataYears(data).map((year) => t("charts.compareComputed.yearPageTitle", { year })),
];

const expectInside = (runs: ReadonlyArray<OgTextRun>, name: string) => {
  expect(ogLayoutProblems(runs), name).toEqual([]);
  const drawn = drawnTextBox(runs);
  expect(drawn, name).toBeDefined();
  const safe = { x: OG_SAFE_AREA.x, y: OG_SAFE_AREA.y, right: OG_SAFE_AREA.x + OG_SAFE_AREA.w, bottom: OG_SAFE_AREA.y + OG_SAFE_AREA.h };
  expect(drawn!.x, name).toBeGreaterThanOrEqual(safe.x);
  expect(drawn!.y, name).toBeGreaterThanOrEqual(safe.y);
  expect(drawn!.right, name).toBeLessThanOrEqual(safe.right);
  expect(drawn!.bottom, name).toBeLessThanOrEqual(safe.bottom);
};

describe("Open Graph cards: every text run inside the card", () => {
  for (const locale of locales) {
    const t = translate(locale);
    const content = todayCardContent(data, locale, t);
    const card = (title: string): OgCardInput => ({ siteName: t("site.name"), title, ...content, host: "ogp-scorecard.test", colours: {} });

    it(`${locale}: every page's card keeps its text ${OG_SAFE_AREA.x} px inside 1200×630, as drawn, with no two lines meeting`, () => {
      for (const title of pageTitles(t)) expectInside(ogCardLayout(card(title)), title);
    });

    it(`${locale}: every scenario card (the simulator, each named scenario, each combination) keeps its text inside`, () => {
      const say = templateSay(pathTemplates(loadMessages(locale)));
      const paths = ["/path/", ...data.scenarios.map((scenario) => `/path/${scenario.id}/`), ...scenarioPages(data).map((page) => page.path)];
      for (const path of paths) {
        const scenario = scenarioCardContent(data, locale, say, path);
        expect(scenario, path).toBeDefined();
        expectInside(scenarioCardTextLayout({ ...scenario!, siteName: t("site.name"), host: "ogp-scorecard.test", colours: {} }), path);
      }
    });

    it(`${locale}: the home card says the bar and the last published figure in full, and its score fills the room a short title leaves`, () => {
      const runs = ogCardLayout(card(t("home.metaTitle")));
      const text = runs.map((run) => run.text).join(" ");
      expect(text).toContain(content.neededLine);
      expect(text).toContain(content.publishedLine);
      expect(text).not.toContain("…");
      const figure = Math.max(...runs.filter((run) => content.scoreLine.includes(run.text)).map((run) => run.size));
      expect(figure).toBeGreaterThan(Math.max(...runs.filter((run) => run.group === "title").map((run) => run.size)));
      // No empty band: above the bar (drawn from y = 500), the gap between any two lines stays under 60 px.
      const boxes = runs.map(ogRunBox).filter((box) => box.y < 500).sort((a, b) => a.y - b.y);
      for (let index = 1; index < boxes.length; index += 1) expect(boxes[index].y - (boxes[index - 1].y + boxes[index - 1].h)).toBeLessThan(60);
    });
  }

  it("a line too long for the card is wrapped, and what is left over is cut with '…', never drawn past the edge", () => {
    const long = "cần 12/16 (75%) để đủ điều kiện · công bố gần nhất 8/16 (ngày 21 tháng 2 năm 2019) · và thêm nhiều chữ nữa cho dài hơn hai dòng của thẻ xem trước này";
    const { lines, cut } = wrapLines(long, 1040, 28, 400, 2);
    expect(lines).toHaveLength(2);
    expect(cut).toBe(true);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(wrapLines("Supercalifragilisticexpialidocious", 200, 28, 700, 1).lines[0].endsWith("…")).toBe(true);
    const runs = lines.map((text, index): OgTextRun => ({ text, x: 80, y: 400 + index * 40, size: 28, weight: 400, fill: "#000" }));
    expectInside(runs, "wrapped");
    // The check itself catches the old card's line, drawn on one line at 28 px from x = 80.
    expect(ogLayoutProblems([{ text: long.slice(0, 83), x: 80, y: 462, size: 28, weight: 400, fill: "#000" }])).toHaveLength(1);
  });
});
