import { loadMessages } from "@/i18n/load-messages";
import { pathTemplates } from "@/lib/format/message-templates";
import type { Locale } from "@/lib/schemas/common";

/** Plain translated strings for the simulator's client parts: only these travel to the browser, not all messages. */
export type PathStrings = Record<string, string>;

/** The "path" namespace as raw templates ({name} placeholders), plus the shared labels the result and the share links need. */
export async function pathStrings(locale: Locale): Promise<PathStrings> {
  return pathTemplates(loadMessages(locale));
}
