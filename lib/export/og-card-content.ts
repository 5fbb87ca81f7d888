import type { Translate } from "../charts/describe/common";
import { formatPartialDate } from "../format/partial-date";
import type { Locale } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import { vietnamToday } from "../scoring/vietnam-today";
import { scoreThreshold } from "./chart-registry";
import type { OgCardInput } from "./og-card";

/** What a page's card draws apart from its title, site name, host and colours. */
export type TodayCardContent = Pick<OgCardInput, "scoreLine" | "neededLine" | "publishedLine" | "score" | "footer">;

/**
 * Every page's card but the simulator's: the computed estimate for the latest data year (a range drawn as a range),
 * with its data year, the bar, and the last published figure with its date. No score on a card goes without its date.
 */
export const todayCardContent = (dataset: Dataset, locale: Locale, t: Translate): TodayCardContent => {
  const today = vietnamToday(dataset);
  const latest = today.latest?.computed;
  const published = today.lastPublished;
  const publishedTotal = published?.total;
  const passMark = `${scoreThreshold(dataset)?.passMarkPercent ?? 75}%`;
  const publishedLine = published && publishedTotal ? t("today.og.published", { total: publishedTotal.points, outOf: publishedTotal.outOf, date: formatPartialDate(published.date, locale) }) : undefined;
  const footer = t("og.footer", { date: formatPartialDate(dataset.release.publishedOn, locale), release: dataset.release.id });
  if (!latest) return { scoreLine: t("og.noScore"), neededLine: publishedLine ?? "", score: undefined, footer };
  const outOf = latest.applicable.max;
  const threshold = latest.threshold.max;
  return {
    scoreLine:
      latest.total.min === latest.total.max
        ? t("today.og.computedExact", { year: latest.dataYear, total: latest.total.min, outOf })
        : t("today.og.computedRange", { year: latest.dataYear, min: latest.total.min, max: latest.total.max, outOf }),
    neededLine: t("og.needed", { threshold, outOf, passMark }),
    publishedLine,
    score: { total: latest.total.min === latest.total.max ? latest.total.min : null, range: latest.total, outOf, threshold, kind: "computed" },
    footer,
  };
};
