import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BriefLink } from "@/components/export/brief-link";
import { ShareMessageButtons } from "@/components/export/share-message-buttons";
import { SharePanel } from "@/components/export/share-panel";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { pathStrings } from "@/components/path/path-strings";
import { ReformSwitches } from "@/components/path/reform-switches";
import { reformTexts } from "@/components/path/reform-texts";
import { ScenarioFigures } from "@/components/path/scenario-figures";
import { ScenarioResultView } from "@/components/path/scenario-result-view";
import { rangeReasons } from "@/components/score/computed-reasons";
import { StatusBadge } from "@/components/status/status-badge";
import { site } from "@/config/site";
import { scenarioChartData } from "@/lib/charts/scenario-chart";
import { loadDataset } from "@/lib/data/read-dataset";
import { scenarioPageAt, scenarioPages, scenarioStart, type ScenarioPage } from "@/lib/export/scenario-pages";
import { scenarioShareMessage, verdictPhrase } from "@/lib/export/share-text";
import { barVerdict, scoreText } from "@/lib/format/bar-verdict";
import { templateSay } from "@/lib/format/fill-template";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import { pageMetadata } from "@/lib/format/page-metadata";
import { formatPartialDate } from "@/lib/format/partial-date";
import { passRuleOf, scoreAssessment } from "@/lib/scoring/score-assessment";
import { criterionPossibilities } from "@/lib/scoring/reform-reach";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import type { Locale } from "@/lib/schemas/common";
import { serializePathState } from "@/lib/url-state/path-state";
import { scenarioPagePath } from "@/lib/url-state/scenario-address";
import { midSentence } from "@/lib/format/mid-sentence";

type Props = { params: Promise<{ locale: Locale; reforms: string[] }> };

// One page per combination of reforms from the simulator's default start (lib/export/scenario-pages.ts).
export const dynamicParams = false;
export const generateStaticParams = () => scenarioPages(loadDataset()).map((page) => ({ reforms: page.segments }));

const pageOf = (segments: string[]) => scenarioPageAt(loadDataset(), `/path/with/${segments.join("/")}/`);

/** The words every part of the page (title, description, share text, heading) takes from the one scored scenario. */
const scenarioWords = async (page: ScenarioPage, locale: Locale) => {
  const data = loadDataset();
  const say = templateSay(await pathStrings(locale));
  const start = scenarioStart(data);
  const { score } = page.scenario;
  const startScore = scoreText(scoreAssessment(start.start.assessment, start.rule).range, score.applicablePoints);
  const titles = page.reforms.map((reform) => pick(reform.title, locale));
  return {
    say,
    titles,
    reforms: titles.join(say("sharing.reformJoin")),
    score: scoreText(score.range, score.applicablePoints),
    verdict: verdictPhrase(say, barVerdict(score.range, score.thresholdPoints, score.applicablePoints, score.eligibility)),
    start: midSentence(pick(start.start.assessment.label, locale)),
    startScore,
    date: formatPartialDate(data.release.publishedOn, locale),
  };
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reforms } = await params;
  const page = pageOf(reforms);
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "scenarioPage" });
  const words = await scenarioWords(page, locale);
  // Its Open Graph image (/og/<locale>/path-with-….png) is drawn after the build from the same scenario (lib/export/scenario-og.ts).
  return pageMetadata({
    locale,
    path: page.path,
    title: t("metaTitle", { reforms: words.reforms, score: words.score }),
    description: t("metaDescription", { reforms: words.reforms, score: words.score, verdict: words.verdict, start: words.start, startScore: words.startScore, date: words.date }),
  });
}

export default async function ScenarioCombinationPage({ params }: Props) {
  const { locale, reforms: segments } = await params;
  setRequestLocale(locale);
  const page = pageOf(segments);
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: "scenarioPage" });
  const translate = await getTranslations({ locale });
  const data = loadDataset();
  const start = scenarioStart(data);
  const words = await scenarioWords(page, locale);
  const strings = await pathStrings(locale);
  const { scenario } = page;
  const rule = start.rule;
  const chart = scenarioChartData(scenario, rule);
  const order = start.setup.reforms.map((reform) => reform.id);
  const chosen = page.reforms.map((reform) => reform.id);
  const texts = await reformTexts(start.setup.reforms, locale);
  const toggledPath = (id: string) => scenarioPagePath(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id], order);
  const items = texts.map((text) => ({ ...text, on: chosen.includes(text.id), reach: start.reaches.find(({ reform }) => reform.id === text.id)!.reach, href: localePath(locale, toggledPath(text.id)) }));
  const latest = vietnamToday(data).latest;
  const reasons = latest && latest.assessment.id === start.start.assessment.id ? rangeReasons(latest.computed, (key, values) => translate(key as never, values as never)) : [];
  const simulatorLink = localePath(locale, `/path/${serializePathState({ base: start.setup.defaultBase, reforms: chosen }, { reformIds: order })}`);
  const message = scenarioShareMessage(words.say, {
    url: `${site.origin}${localePath(locale, page.path)}`,
    reforms: words.titles,
    range: scenario.score.range,
    threshold: scenario.score.thresholdPoints,
    outOf: scenario.score.applicablePoints,
    eligibility: scenario.score.eligibility,
    start: { label: words.start, score: words.startScore },
    date: words.date,
  });
  return (
    <PageShell locale={locale} path={page.path} current="path">
      <p className="text-sm">
        <Link prefetch={false} href={localePath(locale, "/path/")}>
          {t("backToPath")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl" data-testid="scenario-title">
        {t("heading", { reforms: words.reforms })} <StatusBadge status="scenario" locale={locale} />
      </h1>
      <p className="mt-2 max-w-prose text-lg" data-testid="scenario-lead">
        {t("lead", { count: page.reforms.length, start: words.start, startScore: words.startScore, score: words.score, verdict: words.verdict })}
      </p>
      <p className="mt-1 text-sm text-muted" data-testid="scenario-start">
        {t("startsFrom", { start: words.start, date: words.date, release: data.release.id })}
      </p>
      <PageContents
        locale={locale}
        items={[
          { id: "scenario-result", label: translate("path.resultTitle") },
          { id: "scenario-change", label: t("changeTitle") },
          { id: `scenario-${page.segments.join("-")}-total`, label: translate("path.chartTitle") },
        ]}
      />
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ScenarioResultView
          data={chart}
          eligibility={scenario.score.eligibility}
          minimumCriteria={passRuleOf(rule).minimumCriteriaMeasured}
          valuesCheck={start.start.assessment.valuesCheck.result}
          startLabel={words.start}
          strings={strings}
          badge={<StatusBadge status="scenario" locale={locale} />}
          headingId="scenario-result"
          rangeWhy={reasons.length > 0 ? translate("today.whyRange", { reasons: reasons.join("; ") }) : undefined}
          possible={criterionPossibilities(scenario)}
          locale={locale}
        />
        <section aria-labelledby="scenario-change">
          <h2 id="scenario-change" className="text-xl font-bold">
            {t("changeTitle")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("changeLead")}</p>
          <ReformSwitches items={items} say={words.say} interactive={false} />
          <p className="no-print mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link prefetch={false} href={localePath(locale, "/path/")}>
              {t("startLink")}
            </Link>
            <a href={simulatorLink} data-testid="open-in-simulator">
              {t("openInSimulator")}
            </a>
            <Link prefetch={false} href={`${localePath(locale, "/path/")}#scenario-index-title`}>
              {t("allCombinations")}
            </Link>
          </p>
        </section>
      </div>
      <div className="mt-6">
        <SharePanel locale={locale} message={message} id="scenario-share" buttons={<ShareMessageButtons locale={locale} message={message} href={localePath(locale, page.path)} />} />
      </div>
      <div className="mt-6">
        <ScenarioFigures scenario={scenario} rule={rule} passMarkPercent={passRuleOf(rule).passMarkPercent} locale={locale} id={`scenario-${page.segments.join("-")}`} />
      </div>
      <div className="mt-10">
        <BriefLink locale={locale} />
      </div>
    </PageShell>
  );
}
