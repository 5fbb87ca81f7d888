import { pathStrings } from "@/components/path/path-strings";
import { site } from "@/config/site";
import { loadDataset } from "@/lib/data/read-dataset";
import { todayShareMessage } from "@/lib/export/share-text";
import { scoreText } from "@/lib/format/bar-verdict";
import { templateSay } from "@/lib/format/fill-template";
import { localePath } from "@/lib/format/locale";
import { formatPartialDate } from "@/lib/format/partial-date";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import type { Locale } from "@/lib/schemas/common";
import { ShareMessageButtons } from "./share-message-buttons";
import { SharePanel } from "./share-panel";

/**
 * The dashboard's share panel: the text names the last published figure with its date and the computed estimate
 * with its data year, never one passed off as the other.
 */
export async function TodayShare({ locale }: { locale: Locale }) {
  const data = loadDataset();
  const today = vietnamToday(data);
  const latest = today.latest;
  if (!latest) return null;
  const say = templateSay(await pathStrings(locale));
  const published = today.lastPublished;
  const publishedScore = published && scoreAssessment(published, ruleVersionAt(data.rules, published.date));
  const { computed } = latest;
  const message = todayShareMessage(say, {
    url: `${site.origin}${localePath(locale)}`,
    published: published && publishedScore ? { score: scoreText(publishedScore.range, publishedScore.applicablePoints), date: formatPartialDate(published.date, locale) } : undefined,
    computed: { year: computed.dataYear, range: computed.total, threshold: computed.threshold.max, outOf: computed.applicable.max, eligibility: computed.eligibility },
  });
  return <SharePanel locale={locale} message={message} id="page-share" buttons={<ShareMessageButtons locale={locale} message={message} href={localePath(locale)} />} />;
}
