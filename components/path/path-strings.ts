import { getTranslations } from "next-intl/server";
import { criterionIds, type Locale } from "@/lib/schemas/common";
import { loadMessages, type Messages } from "@/i18n/load-messages";

/** Plain translated strings for the simulator's client parts: only these travel to the browser, not all messages. */
export type PathStrings = Record<string, string>;

const flatten = (messages: Messages, prefix: string): PathStrings =>
  Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );

const pick = (messages: Messages, namespace: string): Messages => {
  const value = messages[namespace];
  return typeof value === "object" ? value : {};
};

/** The "path" namespace as raw templates ({name} placeholders), plus the shared labels the result needs. */
export async function pathStrings(locale: Locale): Promise<PathStrings> {
  const t = await getTranslations({ locale });
  const messages = loadMessages(locale);
  return {
    ...flatten(pick(messages, "path"), ""),
    ...flatten(pick(messages, "eligibility"), "eligibility."),
    ...flatten(pick(messages, "valuesCheck"), "valuesCheck."),
    ...flatten(pick(messages, "joining"), "joining."),
    ...Object.fromEntries(criterionIds.map((criterion) => [`criteria.${criterion}`, t(`criteria.${criterion}`)])),
    // The live chart describes its charts with the same builder as the server figure: it needs these texts by full key.
    ...Object.fromEntries(
      ["status", "figure", "path", "basis"].flatMap((namespace) => Object.entries(flatten(pick(messages, namespace), `@${namespace}.`))),
    ),
    ...Object.fromEntries(
      ["charts.thresholdLabel", "charts.pointsAxis", "charts.legend.nodata", "charts.legend.label", "charts.criteria.title", "common.noData", ...criterionIds.map((criterion) => `criteria.${criterion}`)].map((key) => [`@${key}`, t.raw(key as never) as string]),
    ),
  };
}
