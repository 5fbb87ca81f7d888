import type { Locale, LocalizedText } from "../schemas/common";

/** The text in the reader's language; the schema guarantees both exist. */
export const pick = (text: LocalizedText, locale: Locale) => text[locale];
