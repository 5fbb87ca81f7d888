import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ShareMessageButtons } from "@/components/export/share-message-buttons";
import { SharePanel } from "@/components/export/share-panel";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { pathStrings } from "@/components/path/path-strings";
import { ReformDetails } from "@/components/path/reform-details";
import { reformTexts } from "@/components/path/reform-texts";
import { ScenarioFigures } from "@/components/path/scenario-figures";
import { ScenarioList } from "@/components/path/scenario-list";
import { ScenarioResultView } from "@/components/path/scenario-result-view";
import { SourceLinks } from "@/components/sources/source-links";
import { StatusBadge } from "@/components/status/status-badge";
import { site } from "@/config/site";
import { scenarioChartData } from "@/lib/charts/scenario-chart";
import { scenarioShareMessage, verdictPhrase } from "@/lib/export/share-text";
import { barVerdict, scoreText } from "@/lib/format/bar-verdict";
import { templateSay } from "@/lib/format/fill-template";
import { formatPartialDate } from "@/lib/format/partial-date";
import { loadDataset } from "@/lib/data/read-dataset";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import { pageMetadata } from "@/lib/format/page-metadata";
import { computedAssessments } from "@/lib/scoring/vietnam-today";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { criterionPossibilities, reformReach } from "@/lib/scoring/reform-reach";
import { progressShown, reachDiffersFromRule, reachText } from "@/lib/format/reach-text";
import type { Reform } from "@/lib/schemas/reform";
import { passRuleOf, scoreAssessment } from "@/lib/scoring/score-assessment";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import type { Locale } from "@/lib/schemas/common";
import { serializePathState } from "@/lib/url-state/path-state";

type Props = { params: Promise<{ locale: Locale; scenario: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => loadDataset().scenarios.map((scenario) => ({ scenario: scenario.id }));

const findScenario = (id: string) => loadDataset().scenarios.find((scenario) => scenario.id === id);
const resolve = (named: NonNullable<ReturnType<typeof findScenario>>) => {
  const data = loadDataset();
  return resolveNamedScenario(named, { ...data, computed: computedAssessments(data) });
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, scenario: id } = await params;
  const named = findScenario(id);
  if (!named) return {};
  const root = await getTranslations({ locale });
  const { score } = resolve(named).scenario;
  // The title carries the result, so a preview can never show a title that says one thing and a score that says another.
  // Its Open Graph image (/og/<locale>/path-<scenario>.png) is drawn after the build from the same scenario.
  return pageMetadata({ locale, path: `/path/${named.id}/`, title: root("scenarioPage.namedMetaTitle", { title: pick(named.title, locale), score: scoreText(score.range, score.applicablePoints) }), description: pick(named.description, locale) });
}

export default async function ScenarioPage({ params }: Props) {
  const { locale, scenario: id } = await params;
  setRequestLocale(locale);
  const named = findScenario(id);
  if (!named) notFound();
  const t = await getTranslations({ locale, namespace: "scenarios" });
  const data = loadDataset();
  const resolved = resolve(named);
  const { scenario, rule, base } = resolved;
  const say = templateSay(await pathStrings(locale));
  const root = await getTranslations({ locale });
  const score = scoreText(scenario.score.range, scenario.score.applicablePoints);
  const verdict = verdictPhrase(say, barVerdict(scenario.score.range, scenario.score.thresholdPoints, scenario.score.applicablePoints, scenario.score.eligibility));
  const message = scenarioShareMessage(say, {
    url: `${site.origin}${localePath(locale, `/path/${named.id}/`)}`,
    reforms: scenario.reforms.map((reform) => pick(reform.title, locale)),
    title: pick(named.title, locale),
    range: scenario.score.range,
    threshold: scenario.score.thresholdPoints,
    outOf: scenario.score.applicablePoints,
    eligibility: scenario.score.eligibility,
    start: { label: pick(base.label, locale), score: scoreText(scoreAssessment(base, rule).range, scenario.score.applicablePoints) },
    date: formatPartialDate(data.release.publishedOn, locale),
  });
  const chart = scenarioChartData(scenario, rule);
  const texts = await reformTexts(scenario.reforms, locale);
  const setup = simulatorSetup(data);
  const simulatorLink = `${localePath(locale, "/path/")}${serializePathState({ base: base.id, reforms: scenario.reforms.map((reform) => reform.id) }, { reformIds: setup.reforms.map((reform) => reform.id) })}`;
  const reachOf = (reform: Reform) => reformReach(base, reform, rule);
  const titlesOf = (set: ReadonlyArray<{ title: { vi: string; en: string } }>) => set.map((reform) => pick(reform.title, locale)).join(" + ");
  return (
    <PageShell locale={locale} path={`/path/${named.id}/`} current="path">
      <p className="text-sm">
        <Link prefetch={false} href={localePath(locale, "/path/")}>{t("backToPath")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {pick(named.title, locale)} <StatusBadge status="scenario" locale={locale} />
      </h1>
      <p className="mt-2 text-xl font-semibold" data-testid="scenario-result-line">
        {root("scenarioPage.resultIs", { score, verdict })}
      </p>
      <p className="mt-2 max-w-prose text-lg">{pick(named.description, locale)}</p>
      <p className="mt-1 text-muted">{t("basedOn", { label: pick(base.label, locale) })}</p>
      {named.note && (
        <div className="mt-3 max-w-prose rounded border border-line bg-panel p-3 text-sm" data-testid="scenario-note">
          <h2 className="font-semibold">{t("noteTitle")}</h2>
          <p>{pick(named.note, locale)}</p>
        </div>
      )}
      <div className="mt-2">
        <SourceLinks ids={named.sources} locale={locale} label={t("sourcesLabel")} />
      </div>
      <PageContents
        locale={locale}
        items={[
          { id: "scenario-result", label: root("path.resultTitle") },
          { id: "scenario-reforms", label: t("reformsTitle") },
          { id: `scenario-${named.id}-total`, label: root("path.chartTitle") },
          { id: "other-scenarios", label: t("otherScenarios") },
        ]}
      />
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ScenarioResultView
          data={chart}
          eligibility={scenario.score.eligibility}
          minimumCriteria={passRuleOf(rule).minimumCriteriaMeasured}
          valuesCheck={base.valuesCheck.result}
          startLabel={pick(base.label, locale)}
          strings={await pathStrings(locale)}
          badge={<StatusBadge status="scenario" locale={locale} />}
          headingId="scenario-result"
          possible={criterionPossibilities(scenario)}
          locale={locale}
        />
        <section aria-labelledby="scenario-reforms">
          <h2 id="scenario-reforms" className="text-xl font-bold">
            {t("reformsTitle")}
          </h2>
          {named.selection.kind === "shortest-path" && <p className="mt-1 text-sm">{t("computed")}</p>}
          {resolved.unreachable && <p className="mt-1 text-sm font-semibold">{t("unreachable")}</p>}
          {scenario.reforms.length === 0 && <p className="mt-1">{t("noneNeeded")}</p>}
          <ul className="mt-2 space-y-3">
            {scenario.reforms.map((reform) => {
              const text = texts.find((candidate) => candidate.id === reform.id);
              return (
                <li key={reform.id} className="rounded-lg border-2 border-scenario p-3" data-reform={reform.id}>
                  <h3 className="font-semibold">{text?.title}</h3>
                  <p className="text-sm">{reachDiffersFromRule(reform, reachOf(reform)) ? reachText(reachOf(reform), say, reform) : text?.effect}</p>
                  <ReformDetails reform={reform} locale={locale} progress={progressShown(reform, reachOf(reform))} />
                </li>
              );
            })}
          </ul>
          {resolved.ties.length > 0 && <p className="mt-2 text-sm">{t("ties", { sets: resolved.ties.map(titlesOf).join("; ") })}</p>}
          <p className="no-print mt-3">
            <a href={simulatorLink} data-testid="open-in-simulator">
              {t("openInSimulator")}
            </a>
          </p>
        </section>
      </div>
      <div className="mt-6">
        <SharePanel locale={locale} message={message} id="scenario-share" buttons={<ShareMessageButtons locale={locale} message={message} href={localePath(locale, `/path/${named.id}/`)} />} />
      </div>
      <div className="mt-6">
        <ScenarioFigures scenario={scenario} rule={rule} passMarkPercent={passRuleOf(rule).passMarkPercent} locale={locale} id={`scenario-${named.id}`} />
      </div>
      <div className="mt-10">
        <ScenarioList scenarios={data.scenarios} locale={locale} current={named.id} headingId="other-scenarios" title={t("otherScenarios")} />
      </div>
    </PageShell>
  );
}
