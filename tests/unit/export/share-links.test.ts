import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import { scenarioPages, scenarioStart } from "@/lib/export/scenario-pages";
import { pasteText, shareHref, shareServices, xPostLength, X_MAX_LENGTH } from "@/lib/export/share-links";
import { scenarioShareMessage, todayShareMessage } from "@/lib/export/share-text";
import { scoreText } from "@/lib/format/bar-verdict";
import { templateSay } from "@/lib/format/fill-template";
import { pick } from "@/lib/format/localized";
import { pathTemplates } from "@/lib/format/message-templates";
import { formatPartialDate } from "@/lib/format/partial-date";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { locales } from "@/lib/schemas/common";
import { midSentence } from "@/lib/format/mid-sentence";

const message = { url: "https://example.org/vi/path/with/a/", text: "Kịch bản giả định: 12–14/16 & đạt ngưỡng", shortText: "Ngắn: 12–14/16", subject: "Kịch bản OGP cho Việt Nam: 12–14/16" };

describe("share links", () => {
  it("point at each service's documented share address, with the page and the text encoded", () => {
    const hrefs = Object.fromEntries(shareServices.map((service) => [service, new URL(shareHref(service, message))]));
    expect(hrefs.facebook.origin + hrefs.facebook.pathname).toBe("https://www.facebook.com/sharer/sharer.php");
    expect(hrefs.facebook.searchParams.get("u")).toBe(message.url);
    expect(hrefs.x.origin + hrefs.x.pathname).toBe("https://x.com/intent/tweet");
    expect(hrefs.x.searchParams.get("text")).toBe(message.shortText);
    expect(hrefs.x.searchParams.get("url")).toBe(message.url);
    expect(hrefs.linkedin.origin + hrefs.linkedin.pathname).toBe("https://www.linkedin.com/sharing/share-offsite/");
    expect(hrefs.linkedin.searchParams.get("url")).toBe(message.url);
    expect(hrefs.email.protocol).toBe("mailto:");
  });
  it("encode spaces as %20 and '&' in the text, so no service splits or garbles the Vietnamese text", () => {
    const email = shareHref("email", message);
    expect(email).not.toContain("+");
    expect(email).not.toContain(" ");
    expect(email.match(/&/g)).toHaveLength(1); // only between subject and body: the text's own "&" is encoded
    const params = new URLSearchParams(email.slice(email.indexOf("?") + 1));
    expect(params.get("subject")).toBe(message.subject);
    expect(params.get("body")).toBe(`${message.text}\n\n${message.url}`);
    expect(decodeURIComponent(shareHref("x", message).split("text=")[1].split("&")[0])).toBe(message.shortText);
  });
  it("give Zalo (no share address) the text and the link to paste", () => {
    expect(pasteText(message)).toBe(`${message.text}\n${message.url}`);
  });
  it("count X's length as X does: a link is 23, a letter with two marks in one code point (ệ) weighs 2", () => {
    expect(xPostLength("abc")).toBe(3 + 1 + 23);
    expect(xPostLength("ệ")).toBe(2 + 1 + 23);
    expect(xPostLength("đ–")).toBe(2 + 1 + 23);
  });
});

describe("share texts say the score, its date and what it is", () => {
  const data = loadDataset();
  const today = vietnamToday(data);
  const start = scenarioStart(data);
  for (const locale of locales) {
    const say = templateSay(pathTemplates(loadMessages(locale)));
    const date = formatPartialDate(data.release.publishedOn, locale);
    it(`${locale}: every scenario page's text names its result, the start and the date, and fits in one X post`, () => {
      for (const page of scenarioPages(data)) {
        const { score } = page.scenario;
        const shared = scenarioShareMessage(say, {
          url: `https://example.org/${locale}${page.path}`,
          reforms: page.reforms.map((reform) => pick(reform.title, locale)),
          range: score.range,
          threshold: score.thresholdPoints,
          outOf: score.applicablePoints,
          eligibility: score.eligibility,
          start: { label: pick(start.start.assessment.label, locale), score: scoreText(scoreAssessment(start.start.assessment, start.rule).range, score.applicablePoints) },
          date,
        });
        for (const text of [shared.text, shared.shortText]) {
          expect(text, page.path).toContain(scoreText(score.range, score.applicablePoints));
          expect(text, page.path).toContain(date);
        }
        // The start's label as it reads inside the sentence ("starting from computed estimate, …").
        expect(shared.text).toContain(midSentence(pick(start.start.assessment.label, locale)));
        for (const reform of page.reforms) expect(shared.text).toContain(pick(reform.title, locale));
        expect(xPostLength(shared.shortText), page.path).toBeLessThanOrEqual(X_MAX_LENGTH);
      }
    });
    it(`${locale}: the dashboard's text gives the last published figure with its date and the computed estimate with its year`, () => {
      const published = today.lastPublished!;
      const publishedScore = scoreAssessment(published);
      const computed = today.latest!.computed;
      const shared = todayShareMessage(say, {
        url: `https://example.org/${locale}/`,
        published: { score: scoreText(publishedScore.range, publishedScore.applicablePoints), date: formatPartialDate(published.date, locale) },
        computed: { year: computed.dataYear, range: computed.total, threshold: computed.threshold.max, outOf: computed.applicable.max, eligibility: computed.eligibility },
      });
      for (const text of [shared.text, shared.shortText]) {
        expect(text).toContain(scoreText(publishedScore.range, publishedScore.applicablePoints));
        expect(text).toContain(formatPartialDate(published.date, locale));
        expect(text).toContain(scoreText(computed.total, computed.applicable.max));
        expect(text).toContain(String(computed.dataYear));
      }
      expect(xPostLength(shared.shortText)).toBeLessThanOrEqual(X_MAX_LENGTH);
      const unpublished = todayShareMessage(say, { ...shared, published: undefined, computed: { year: computed.dataYear, range: computed.total, threshold: computed.threshold.max, outOf: computed.applicable.max, eligibility: computed.eligibility } });
      expect(unpublished.text).toContain(scoreText(computed.total, computed.applicable.max));
    });
    it(`${locale}: the simulator's start and a named scenario have their own texts`, () => {
      const startText = scenarioShareMessage(say, { url: "u", reforms: [], range: { min: 8, max: 14 }, threshold: 12, outOf: 16, eligibility: "unknown", start: { label: "L", score: "8–14/16" }, date });
      expect(startText.text).toContain("8–14/16");
      const named = scenarioShareMessage(say, { url: "u", reforms: ["A"], title: "Tên kịch bản", range: { min: 12, max: 12 }, threshold: 12, outOf: 16, eligibility: "eligible", start: { label: "L", score: "8/16" }, date });
      expect(named.text).toContain("Tên kịch bản");
      expect(named.text).toContain("12/16");
    });
  }
});
