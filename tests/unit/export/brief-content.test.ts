import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { rangeReasons } from "@/components/score/computed-reasons";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import { briefContent } from "@/lib/export/brief-content";
import type { Translate } from "@/lib/charts/describe/common";
import { scenarioStart } from "@/lib/export/scenario-pages";
import { scoreText } from "@/lib/format/bar-verdict";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { formatPartialDate } from "@/lib/format/partial-date";
import { shortestPath } from "@/lib/scoring/shortest-path";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { locales } from "@/lib/schemas/common";

const data = loadDataset();
const today = vietnamToday(data);

describe("the one-page brief's content", () => {
  for (const locale of locales) {
    const messages = loadMessages(locale);
    const translator = createTranslator({ locale, messages });
    const t: Translate = (key, values) => translator(key as never, values as never);
    const brief = briefContent({ dataset: data, locale, t, say: templateSay(pathTemplates(messages)), origin: "https://example.org", licence: "CC BY 4.0", reasons: rangeReasons(today.latest!.computed, t) });

    it(`${locale}: prints the last published figure with its date and the computed estimate with its range and why`, () => {
      const published = today.lastPublished!;
      expect(brief.figures.published).toBeDefined();
      expect(brief.published?.score).toBe(scoreText(brief.figures.published!, 16));
      expect(brief.published?.line).toContain(formatPartialDate(published.date, locale));
      expect(brief.figures.computed).toEqual(today.latest!.computed.total);
      expect(brief.computed.score).toBe(scoreText(today.latest!.computed.total, today.latest!.computed.applicable.max));
      expect(brief.computed.title).toContain(String(today.latest!.computed.dataYear));
      for (const reason of rangeReasons(today.latest!.computed, t)) expect(brief.computed.why).toContain(reason);
    });
    it(`${locale}: lists the four criteria with what 4/4 takes and the reforms that surely reach the bar`, () => {
      expect(brief.criteria.rows).toHaveLength(4);
      for (const row of brief.criteria.rows) expect(row.needs.length).toBeGreaterThan(10);
      const start = scenarioStart(data);
      const path = shortestPath(start.start.assessment, start.setup.reforms, { id: "x", label: start.start.assessment.label, rule: start.rule })!;
      expect("lines" in brief.reforms && brief.reforms.lines).toHaveLength(path.reforms.length);
      expect(brief.figures.path).toEqual(path.scenario.score.range);
      expect(brief.figures.path!.min).toBeGreaterThanOrEqual(brief.figures.threshold);
    });
    it(`${locale}: names its sources (real ones), the release and the live page for the QR code`, () => {
      expect(brief.sources.lines.length).toBeGreaterThan(2);
      expect(brief.sources.lines.length).toBeLessThanOrEqual(8);
      expect(brief.qr.url).toBe(`https://example.org/${locale}/`);
      expect(brief.footer).toContain(data.release.id);
      expect(brief.kicker).toContain(data.release.id);
    });
  }
  it("is in Vietnamese with its marks in the Vietnamese brief", () => {
    const messages = loadMessages("vi");
    const translator = createTranslator({ locale: "vi", messages });
    const brief = briefContent({ dataset: data, locale: "vi", t: (key, values) => translator(key as never, values as never), say: templateSay(pathTemplates(messages)), origin: "o", licence: "l", reasons: [] });
    expect(brief.question).toMatch(/[ệươđ]/);
    expect(brief.valuesCheck.text).toContain("Kiểm tra Giá trị");
  });
});
