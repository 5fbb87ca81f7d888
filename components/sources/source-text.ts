import { pick } from "@/lib/format/localized";
import { formatPartialDate } from "@/lib/format/partial-date";
import type { Locale } from "@/lib/schemas/common";
import type { Source } from "@/lib/schemas/source";

type Translate = (key: string, values?: Record<string, string>) => string;

/** A source's date in the reader's language, as precise as the source ("updated …" where the page says so). */
export const sourceDateText = (source: Pick<Source, "date" | "dateKind">, locale: Locale, t: Translate) => {
  if (source.date === null) return null;
  const date = formatPartialDate(source.date, locale);
  return source.dateKind === "updated" ? t("common.updatedOn", { date }) : date;
};

/** "Publisher, “Title”, date (note)": one line per source, in the reader's language except the title itself. */
export const sourceCitationParts = (source: Source, locale: Locale, t: Translate) => ({
  publisher: source.publisher,
  title: source.title,
  date: sourceDateText(source, locale, t),
  note: source.note ? pick(source.note, locale) : null,
});
