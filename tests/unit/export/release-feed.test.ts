import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import type { Translate } from "@/lib/charts/describe/common";
import { atomDate, atomFeed, releaseChanges } from "@/lib/export/release-feed";
import type { Dataset } from "@/lib/schemas/dataset";

const translate = (locale: "vi" | "en"): Translate => {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key, values) => t(key as never, values as never);
};

/** Two releases: an older one without the newest assessment and with a source title since corrected. */
const history = () => {
  const newer = structuredClone(loadDataset());
  const older: Dataset = structuredClone(newer);
  const added = older.assessments.pop()!;
  older.release = { ...older.release, id: "2026-01-15", publishedOn: "2026-01-15", researchedOn: "2026-01-10" };
  older.sources[0] = { ...older.sources[0], title: `${older.sources[0].title} (old title)` };
  older.timeline.push({ ...older.timeline[0], id: "withdrawn-event", title: { vi: "Sự kiện đã bỏ", en: "Withdrawn event" } });
  return { older, newer, added };
};

describe("release changes", () => {
  it("lists, newest first, what each release added, changed and removed compared with the one before", () => {
    const { older, newer, added } = history();
    const [latest, first] = releaseChanges([{ id: newer.release.id, dataset: newer }, { id: "2026-01-15", dataset: older }]);
    expect(latest.previous).toBe("2026-01-15");
    expect(latest.assessments.added.map((a) => a.id)).toEqual([added.id]);
    expect(latest.sources.changed.map((s) => s.id)).toEqual([newer.sources[0].id]);
    expect(latest.timeline.removed.map((e) => e.id)).toEqual(["withdrawn-event"]);
    expect(latest.assessments.changed).toEqual([]);
    expect(first.previous).toBeUndefined();
    expect(first.assessments.added).toHaveLength(older.assessments.length);
  });

  it("ignores key order: the same record written differently is not a change", () => {
    const { newer } = history();
    const reordered = structuredClone(newer);
    reordered.sources = reordered.sources.map((source) => Object.fromEntries(Object.entries(source).reverse()) as typeof source);
    const [latest] = releaseChanges([{ id: "2026-01-01", dataset: newer }, { id: "2026-02-01", dataset: reordered }]);
    expect(latest.sources).toEqual({ added: [], changed: [], removed: [] });
  });
});

describe("Atom feed", () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link"].includes(name) }).parse(xml).feed;

  for (const locale of ["vi", "en"] as const) {
    it(`is valid Atom in ${locale}, escapes what it quotes, and links added and changed records (not removed ones)`, () => {
      const { older, newer, added } = history();
      newer.release.summary[locale] = `Fixes <b>& "quotes"</b>`;
      const xml = atomFeed({ locale, origin: "https://scorecard.example.vn", t: translate(locale), releases: releaseChanges([{ id: newer.release.id, dataset: newer }, { id: "2026-01-15", dataset: older }]), siteName: "Site & Co", licence: "CC BY 4.0" });
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = parse(xml);
      expect(feed.id).toBe(`https://scorecard.example.vn/${locale}/feed.xml`);
      expect(feed.author.name).toBe("Site & Co");
      expect(feed.entry.map((entry: { updated: string }) => entry.updated)).toEqual([atomDate(newer.release.publishedOn), "2026-01-15T00:00:00Z"]);
      const [latest, first] = feed.entry;
      expect(latest.summary).toBe(`Fixes <b>& "quotes"</b>`);
      const html: string = latest.content["#text"];
      expect(html).toContain("<p>Fixes &lt;b&gt;&amp; &quot;quotes&quot;&lt;/b&gt;</p>");
      expect(html).toMatch(new RegExp(`<a href="https://scorecard\\.example\\.vn/${locale}/timeline/#[^"]+">${added.label[locale].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
      expect(html).toContain(`<a href="https://scorecard.example.vn/${locale}/data/#source-${newer.sources[0].id}">`);
      // The removed event is listed, without a link: its page anchor is gone.
      expect(html).toMatch(/<li>[^<]*(Withdrawn event|Sự kiện đã bỏ)<\/li>/);
      expect(first.link[0]["@href"], "an older release links to its pinned embed").toBe(`https://scorecard.example.vn/${locale}/embed/score-history/2026-01-15/`);
    });
  }

  it("links only what the site still shows: an older entry names a since-removed record without a link", () => {
    const { older, newer } = history();
    const xml = atomFeed({ locale: "en", origin: "https://x.vn", t: translate("en"), releases: releaseChanges([{ id: newer.release.id, dataset: newer }, { id: "2026-01-15", dataset: older }]), siteName: "S", licence: "L" });
    const first: string = parse(xml).entry[1].content["#text"];
    expect(first).toMatch(/<li>[^<]*Withdrawn event<\/li>/);
    expect(first).toContain(`<a href="https://x.vn/en/timeline/#${older.timeline[0].id}">`);
  });

  it("follows the assessments the site shows for a release, computed ones included, when given", () => {
    const { newer } = history();
    const computed = { ...newer.assessments[0], id: "computed-2030", status: "computed" as const, label: { vi: "Ước tính 2030", en: "2030 estimate" } };
    const [latest] = releaseChanges([{ id: "2026-01-01", dataset: newer }, { id: "2026-02-01", dataset: newer, assessments: [...newer.assessments, computed] }]);
    expect(latest.assessments.added.map((a) => a.id)).toEqual(["computed-2030"]);
    const xml = atomFeed({ locale: "en", origin: "https://x.vn", t: translate("en"), releases: [latest], siteName: "S", licence: "L" });
    expect(parse(xml).entry[0].content["#text"]).toContain('<a href="https://x.vn/en/#score-history">2030 estimate:');
  });

  it("says so when a release changed nothing that the feed follows", () => {
    const { newer } = history();
    const xml = atomFeed({ locale: "en", origin: "https://x.vn", t: translate("en"), releases: releaseChanges([{ id: "2026-01-01", dataset: newer }, { id: "2026-02-01", dataset: newer }]), siteName: "S", licence: "L" });
    expect(parse(xml).entry[0].content["#text"]).toContain("No assessment, timeline event or source was added, changed or removed.");
  });

  it("turns partial dates into Atom timestamps at their first day", () => {
    expect(atomDate("2026")).toBe("2026-01-01T00:00:00Z");
    expect(atomDate("2026-11")).toBe("2026-11-01T00:00:00Z");
    expect(atomDate("2026-11-23")).toBe("2026-11-23T00:00:00Z");
  });
});
