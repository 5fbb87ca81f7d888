import type { Locale } from "../schemas/common";

/** The pieces of a citation, already in the reader's language (texts come from messages/share.*.json). */
export type CitationInput = {
  locale: Locale;
  author: string;
  /** e.g. "Vietnam OGP Scorecard, data release 2026-11-23". */
  title: string;
  year: string;
  url: string;
  releaseId: string;
  /** e.g. "accessed 24 November 2026" or the placeholder "accessed [date accessed]". */
  accessed: string;
  accessedIso?: string;
};

/** Plain-text citation (author–date style), naming the data release and the access date. */
export const citationText = ({ author, title, year, url, accessed }: CitationInput) => `${author} (${year}). ${title}. ${url} (${accessed}).`;

const bibEscape = (text: string) => text.replace(/[{}\\%&#_$]/g, (char) => `\\${char}`);

/** A BibTeX @misc entry; the key carries the release so two releases never collide. */
export const citationBibtex = ({ locale, author, title, year, url, releaseId, accessed, accessedIso }: CitationInput) =>
  [
    `@misc{ogp-scorecard-${releaseId}-${locale},`,
    `  author = {{${bibEscape(author)}}},`,
    `  title = {${bibEscape(title)}},`,
    `  year = {${year}},`,
    `  version = {${releaseId}},`,
    `  howpublished = {\\url{${url}}},`,
    `  urldate = {${accessedIso ?? ""}},`,
    `  note = {${bibEscape(accessed)}},`,
    `  language = {${locale === "vi" ? "vietnamese" : "english"}},`,
    `}`,
    "",
  ].join("\n");
