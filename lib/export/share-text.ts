import { barVerdict, scoreText, type BarVerdict } from "../format/bar-verdict";
import type { Eligibility, PointRange } from "../scoring/score-assessment";
import type { ShareMessage } from "./share-links";
import { midSentence } from "../format/mid-sentence";

/**
 * Fills a message template by key. The simulator (a client island) and the server pages pass the same raw templates
 * (components/path/path-strings.ts), so a shared view reads the same in the browser and in its static page.
 */
export type Say = (key: string, values?: Record<string, string | number>) => string;

/** "Đạt ngưỡng ✓" / "Còn thiếu 2 điểm": the short verdict a result bar shows. */
export const verdictLabel = (say: Say, verdict: BarVerdict) => say(`verdict.${verdict.key}`, verdict.values);
/** "đạt ngưỡng 12/16" / "còn thiếu 2 điểm so với ngưỡng 12/16": the verdict inside a sentence. */
export const verdictPhrase = (say: Say, verdict: BarVerdict) => say(`verdictText.${verdict.key}`, verdict.values);

export type ScenarioResult = { range: PointRange; threshold: number; outOf: number; eligibility: Eligibility };

export type ScenarioShareInput = ScenarioResult & {
  url: string;
  /** The reforms' titles, in the simulator's order. */
  reforms: ReadonlyArray<string>;
  /** A named scenario's own title; the share text quotes it instead of listing the reforms. */
  title?: string;
  /** The start's label and score ("Ước tính, năm dữ liệu 2025", "8–14/16"). */
  start: { label: string; score: string };
  /** The data release date, as the page shows it. */
  date: string;
};

/** The text a scenario is shared with: what-if, the result against the bar, where it starts from, and its date. */
export const scenarioShareMessage = (say: Say, input: ScenarioShareInput): ShareMessage => {
  const score = scoreText(input.range, input.outOf);
  const verdict = verdictPhrase(say, barVerdict(input.range, input.threshold, input.outOf, input.eligibility));
  const common = { score, verdict, start: midSentence(input.start.label), startScore: input.start.score, date: input.date, count: input.reforms.length };
  if (input.reforms.length === 0 && !input.title) {
    return {
      url: input.url,
      text: say("sharing.startText", common),
      shortText: say("sharing.startShort", common),
      subject: say("sharing.startSubject", common),
    };
  }
  const reforms = input.reforms.join(say("sharing.reformJoin"));
  return {
    url: input.url,
    text: input.title ? say("sharing.namedText", { ...common, title: input.title }) : say("sharing.scenarioText", { ...common, reforms }),
    shortText: say("sharing.scenarioShort", common),
    subject: say("sharing.scenarioSubject", common),
  };
};

export type TodayShareInput = {
  url: string;
  published: { score: string; date: string } | undefined;
  computed: ScenarioResult & { year: number };
};

/** The dashboard's share text: the last published figure with its date, and the computed estimate with its year. */
export const todayShareMessage = (say: Say, input: TodayShareInput): ShareMessage => {
  const values = {
    published: input.published?.score ?? "",
    publishedDate: input.published?.date ?? "",
    year: input.computed.year,
    computed: scoreText(input.computed.range, input.computed.outOf),
    verdict: verdictPhrase(say, barVerdict(input.computed.range, input.computed.threshold, input.computed.outOf, input.computed.eligibility)),
    threshold: input.computed.threshold,
    outOf: input.computed.outOf,
  };
  const prefix = input.published ? "sharing.today" : "sharing.todayComputed";
  return { url: input.url, text: say(`${prefix}Text`, values), shortText: say(`${prefix}Short`, values), subject: say("sharing.todaySubject", values) };
};
