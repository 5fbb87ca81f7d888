import type { Assessment } from "../schemas/assessment";
import type { Locale } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { Source } from "../schemas/source";
import type { TimelineEvent } from "../schemas/timeline";
import { formatPartialDate } from "../format/partial-date";
import { localePath } from "../format/locale";
import { pick } from "../format/localized";
import type { Translate } from "../charts/describe/common";
import { exportPaths } from "./export-paths";

/**
 * One data release as the feed sees it: its id, the validated data it was published with, and the assessments the
 * site shows for it (the data's own and those lib/scoring computes from it; the data's alone when not given).
 */
export type ReleaseSnapshot = { id: string; dataset: Dataset; assessments?: Assessment[] };

export type RecordChanges<T> = { added: T[]; changed: T[]; removed: T[] };

export type ReleaseChanges = {
  id: string;
  dataset: Dataset;
  /** The release this one is compared with; undefined for the first. */
  previous?: string;
  /** Every record of the release the feed follows, changed or not. */
  records: { assessments: Assessment[]; timeline: TimelineEvent[]; sources: Source[] };
  assessments: RecordChanges<Assessment>;
  timeline: RecordChanges<TimelineEvent>;
  sources: RecordChanges<Source>;
};

/** JSON with keys sorted, so two records compare equal whatever order their keys were written in. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(",")}]`
    : value !== null && typeof value === "object"
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(",")}}`
      : JSON.stringify(value);

const diffById = <T extends { id: string }>(before: T[], after: T[]): RecordChanges<T> => {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !old.has(item.id)),
    changed: after.filter((item) => old.has(item.id) && canonical(old.get(item.id)) !== canonical(item)),
    removed: before.filter((item) => !now.has(item.id)),
  };
};

/**
 * What each release added, changed and removed, compared by id with the release before it (releases sorted by id,
 * which is their date). Newest first, as a feed lists them. Nothing is listed by hand: a new release or a new
 * record shows up by itself.
 */
export const releaseChanges = (snapshots: ReleaseSnapshot[]): ReleaseChanges[] => {
  const sorted = [...new Map(snapshots.map((snapshot) => [snapshot.id, snapshot])).values()].sort((a, b) => a.id.localeCompare(b.id));
  return sorted
    .map((snapshot, index) => {
      const assessmentsOf = (release?: ReleaseSnapshot) => release?.assessments ?? release?.dataset.assessments ?? [];
      const before = sorted[index - 1];
      return {
        id: snapshot.id,
        dataset: snapshot.dataset,
        previous: before?.id,
        records: { assessments: assessmentsOf(snapshot), timeline: snapshot.dataset.timeline, sources: snapshot.dataset.sources },
        assessments: diffById(assessmentsOf(before), assessmentsOf(snapshot)),
        timeline: diffById(before?.dataset.timeline ?? [], snapshot.dataset.timeline),
        sources: diffById(before?.dataset.sources ?? [], snapshot.dataset.sources),
      };
    })
    .reverse();
};

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** "2026-11" → "2026-11-01T00:00:00Z": Atom wants a full timestamp; a partial date means its first day. */
export const atomDate = (partialDate: string) => {
  const [year, month = "01", day = "01"] = partialDate.split("-");
  return `${year}-${month}-${day}T00:00:00Z`;
};

type FeedInput = { locale: Locale; origin: string; t: Translate; releases: ReleaseChanges[]; siteName: string; licence: string };

/**
 * The Atom feed (RFC 4287) of data releases in one language: an entry per release, newest first, whose content
 * says what changed and links each added or changed record to where the site shows it.
 */
export const atomFeed = ({ locale, origin, t, releases, siteName, licence }: FeedInput) => {
  const url = (path: string) => `${origin}${path}`;
  const feedUrl = url(`/${locale}/feed.xml`);
  const host = new URL(origin).host;
  const date = (value: string) => formatPartialDate(value, locale);
  // Links go to the site as it is now (the newest release): a record an older entry names but the site no longer
  // shows (removed or renamed since) is listed without a link.
  const now = releases[0]?.records ?? { assessments: [], timeline: [], sources: [] };
  const shown = { assessments: new Set(now.assessments.map((a) => a.id)), timeline: new Set(now.timeline.map((e) => e.id)), sources: new Set(now.sources.map((s) => s.id)) };
  const eventFor = (assessmentId: string) => now.timeline.find((event) => event.assessmentId === assessmentId);

  const entry = (release: ReleaseChanges, index: number) => {
    const { dataset } = release;
    const link = (text: string, path: string) => `<a href="${escapeXml(url(path))}">${escapeXml(text)}</a>`;
    const assessmentText = (a: Assessment) => t("feed.assessmentItem", { label: pick(a.label, locale), date: date(a.date), status: t(`status.${a.status}`) });
    const eventText = (e: TimelineEvent) => t("feed.eventItem", { date: date(e.date), title: pick(e.title, locale) });
    const sections: string[] = [];
    const section = <T extends { id: string }>(kind: "assessments" | "timeline" | "sources", changes: RecordChanges<T>, text: (item: T) => string, path: (item: T) => string) => {
      for (const change of ["added", "changed", "removed"] as const) {
        const items = changes[change];
        if (items.length === 0) continue;
        const lines = items.map((item) => `<li>${change !== "removed" && shown[kind].has(item.id) ? link(text(item), path(item)) : escapeXml(text(item))}</li>`);
        sections.push(`<h3>${escapeXml(t(`feed.${kind}.${change}`, { count: items.length }))}</h3><ul>${lines.join("")}</ul>`);
      }
    };
    section("assessments", release.assessments, assessmentText, (a) => {
      const event = eventFor(a.id);
      return event ? `${localePath(locale, "/timeline/")}#${event.id}` : `${localePath(locale)}#score-history`;
    });
    section("timeline", release.timeline, eventText, (e) => `${localePath(locale, "/timeline/")}#${e.id}`);
    section("sources", release.sources, (s: Source) => s.title, (s) => `${localePath(locale, "/data/")}#source-${s.id}`);

    const intro = release.previous ? t("feed.comparedWith", { date: date(release.previous) }) : t("feed.firstRelease");
    const html = [
      `<p>${escapeXml(pick(dataset.release.summary, locale))}</p>`,
      `<p>${escapeXml(intro)}</p>`,
      ...(sections.length > 0 ? sections : [`<p>${escapeXml(t("feed.noChanges"))}</p>`]),
      `<p>${link(t("feed.openSite"), localePath(locale))}</p>`,
    ].join("");
    // The newest release is what the site shows; an older one lives on in its pinned embeds.
    const alternate = index === 0 ? localePath(locale) : exportPaths.embed(locale, "score-history", release.id);
    return [
      "  <entry>",
      `    <id>tag:${escapeXml(host)},${release.id}:release/${release.id}/${locale}</id>`,
      `    <title>${escapeXml(t("feed.entryTitle", { date: date(release.id) }))}</title>`,
      `    <updated>${atomDate(dataset.release.publishedOn)}</updated>`,
      `    <published>${atomDate(dataset.release.publishedOn)}</published>`,
      `    <link rel="alternate" type="text/html" hreflang="${locale}" href="${escapeXml(url(alternate))}"/>`,
      `    <summary>${escapeXml(pick(dataset.release.summary, locale))}</summary>`,
      `    <content type="html">${escapeXml(html)}</content>`,
      "  </entry>",
    ].join("\n");
  };

  const updated = releases.map((release) => atomDate(release.dataset.release.publishedOn)).sort().at(-1) ?? atomDate(new Date().toISOString().slice(0, 10));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(t("feed.title"))}</title>`,
    `  <subtitle>${escapeXml(t("feed.subtitle"))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${locale}" href="${escapeXml(url(localePath(locale)))}"/>`,
    `  <author><name>${escapeXml(siteName)}</name><uri>${escapeXml(url(localePath(locale)))}</uri></author>`,
    `  <rights>${escapeXml(t("feed.rights", { licence }))}</rights>`,
    `  <icon>${escapeXml(url("/icon.svg"))}</icon>`,
    ...releases.map(entry),
    "</feed>",
    "",
  ].join("\n");
};
