import { getTranslations } from "next-intl/server";
import { loadMessages } from "@/i18n/load-messages";
import { flattenMessages, messageNamespace, pathTemplates } from "@/lib/format/message-templates";
import { criterionIds, type Locale } from "@/lib/schemas/common";

/** Plain translated strings for the simulator's client parts: only these travel to the browser, not all messages. */
export type PathStrings = Record<string, string>;

/** The "path" namespace as raw templates ({name} placeholders), plus the shared labels the result, the share links and the live chart need. */
export async function pathStrings(locale: Locale): Promise<PathStrings> {
  const t = await getTranslations({ locale });
  const messages = loadMessages(locale);
  return {
    ...pathTemplates(messages),
    // The live chart describes its charts with the same builder as the server figure: it needs these texts by full key.
    ...Object.fromEntries(["status", "figure", "path", "basis"].flatMap((namespace) => Object.entries(flattenMessages(messageNamespace(messages, namespace), `@${namespace}.`)))),
    ...Object.fromEntries(
      ["charts.thresholdLabel", "charts.pointsAxis", "charts.legend.nodata", "charts.legend.label", "charts.criteria.title", "common.noData", ...criterionIds.map((criterion) => `criteria.${criterion}`)].map((key) => [`@${key}`, t.raw(key as never) as string]),
    ),
  };
}
