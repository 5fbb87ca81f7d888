import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import { scenarioCardContent } from "@/lib/export/scenario-og";
import { scenarioCardLayout, scenarioCardSvg } from "@/lib/export/scenario-og-card";
import { scenarioPages } from "@/lib/export/scenario-pages";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { formatPartialDate } from "@/lib/format/partial-date";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { computedAssessments, vietnamToday } from "@/lib/scoring/vietnam-today";
import { locales } from "@/lib/schemas/common";

const data = loadDataset();
const cells = (svg: string, bar: string) => [...svg.matchAll(new RegExp(`data-bar="${bar}" data-cell="(\\w+)"`, "g"))].map((match) => match[1]);
const count = (states: string[], state: string) => states.filter((value) => value === state).length;

describe("scenario preview cards", () => {
  for (const locale of locales) {
    const say = templateSay(pathTemplates(loadMessages(locale)));
    const draw = (path: string) => {
      const content = scenarioCardContent(data, locale, say, path);
      expect(content, path).toBeDefined();
      return { content: content!, svg: scenarioCardSvg({ ...content!, siteName: "S", host: "h", colours: {} }) };
    };
    it(`${locale}: each combination's card draws its result as cells (a range hatched) against the bar, labelled as a what-if, with its start and date`, () => {
      for (const page of scenarioPages(data)) {
        const { svg, content } = draw(page.path);
        const { range, applicablePoints, thresholdPoints } = page.scenario.score;
        const drawn = cells(svg, "scenario");
        expect(drawn).toHaveLength(applicablePoints);
        expect(count(drawn, "filled"), page.path).toBe(range.min);
        expect(count(drawn, "filled") + count(drawn, "maybe"), page.path).toBe(range.max);
        expect(svg).toContain(`data-score="${range.min === range.max ? range.min : `${range.min}–${range.max}`}/${applicablePoints}"`);
        expect(svg).toContain(say("card.whatIf"));
        expect(content.threshold).toBe(thresholdPoints);
        expect(svg).toContain(`x1="${scenarioCardLayout(applicablePoints).thresholdX(thresholdPoints).toFixed(1)}"`);
        expect(content.footer.join(" ")).toContain(formatPartialDate(data.release.publishedOn, locale));
        expect(content.footer[0]).toContain(String(vietnamToday(data).latest!.computed.dataYear));
      }
    });
    it(`${locale}: a named scenario's card shows its own result; the simulator's card shows only where it starts`, () => {
      for (const named of data.scenarios) {
        const { score } = resolveNamedScenario(named, { ...data, computed: computedAssessments(data) }).scenario;
        const drawn = cells(draw(`/path/${named.id}/`).svg, "scenario");
        expect([count(drawn, "filled"), count(drawn, "filled") + count(drawn, "maybe")]).toEqual([score.range.min, score.range.max]);
      }
      const simulator = draw("/path/");
      expect(simulator.content.mode).toBe("start");
      expect(cells(simulator.svg, "start")).toHaveLength(0);
      expect(count(cells(simulator.svg, "scenario"), "filled")).toBe(vietnamToday(data).latest!.computed.total.min);
    });
    it(`${locale}: other pages get no scenario card`, () => {
      expect(scenarioCardContent(data, locale, say, "/")).toBeUndefined();
      expect(scenarioCardContent(data, locale, say, "/path/with/no-such-reform/")).toBeUndefined();
      expect(scenarioCardContent(data, locale, say, "/path/no-such-scenario/")).toBeUndefined();
    });
  }
});
