import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { scenarioStart } from "@/lib/export/scenario-pages";
import { pick } from "@/lib/format/localized";
import { PageContents } from "@/components/layout/page-contents";
import { PageShell } from "@/components/layout/page-shell";
import { pathStrings } from "@/components/path/path-strings";
import { PathSimulator } from "@/components/path/path-simulator";
import { ReformDetails } from "@/components/path/reform-details";
import { reformTexts } from "@/components/path/reform-texts";
import { ScenarioFigures } from "@/components/path/scenario-figures";
import { ScenarioList } from "@/components/path/scenario-list";
import { BriefLink } from "@/components/export/brief-link";
import { ScenarioIndex } from "@/components/path/scenario-index";
import { rangeReasons } from "@/components/score/computed-reasons";
import { StatusBadge } from "@/components/status/status-badge";
import { site } from "@/config/site";
import { loadDataset } from "@/lib/data/read-dataset";
import { scenarioAddressBook } from "@/lib/export/scenario-pages";
import { pageMetadata } from "@/lib/format/page-metadata";
import { formatPartialDate } from "@/lib/format/partial-date";
import { progressShown } from "@/lib/format/reach-text";
import { applyReforms } from "@/lib/scoring/apply-reforms";
import { reformReach } from "@/lib/scoring/reform-reach";
import { ruleVersionFor } from "@/lib/scoring/rule-version-at";
import { passRuleOf } from "@/lib/scoring/score-assessment";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import { assessmentsWithComputed, vietnamToday } from "@/lib/scoring/vietnam-today";
import type { Locale } from "@/lib/schemas/common";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "path" });
  return pageMetadata({ locale, path: "/path/", title: t("metaTitle"), description: t("metaDescription") });
}

export default async function PathPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "path" });
  const translate = await getTranslations({ locale });
  const data = loadDataset();
  const setup = simulatorSetup(data);
  // Why each computed start is a range (its open questions and missing inputs), for the result's "why a range".
  const rangeWhy = Object.fromEntries(
    vietnamToday(data).computed.flatMap((year) => {
      const reasons = rangeReasons(year, (key, values) => translate(key as never, values as never));
      return reasons.length > 0 ? [[year.id, translate("today.whyRange", { reasons: reasons.join("; ") })]] : [];
    }),
  );
  const base = assessmentsWithComputed(data).find((assessment) => assessment.id === setup.defaultBase)!;
  const rule = ruleVersionFor(data.rules, base);
  const passMark = `${rule?.passMarkPercent ?? passRuleOf().passMarkPercent}%`;
  const defaultScenario = applyReforms(base, [], { id: "path-default", label: base.label, rule });
  // The details are drawn for the default start (as the simulator scores it): a reform's progress reads as its points from there do.
  const start = setup.bases.find((candidate) => candidate.assessment.id === setup.defaultBase)!;
  const details = Object.fromEntries(
    data.reforms.map((reform) => [reform.id, <ReformDetails key={reform.id} reform={reform} locale={locale} progress={progressShown(reform, reformReach(start.assessment, reform, start.rule ?? undefined))} />]),
  );
  return (
    <PageShell locale={locale} path="/path/" current="path" ownUrlState>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("heading")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("lead", { passMark })}</p>
      <p className="mt-2 flex max-w-prose flex-wrap items-center gap-2 text-sm">
        <StatusBadge status="scenario" locale={locale} /> {t("scenarioWarning")}
      </p>
      <PageContents
        locale={locale}
        items={[
          { id: "simulator-title", label: t("simulatorTitle") },
          { id: "scenario-index-title", label: t("index.title", { start: pick(scenarioStart(data).start.assessment.label, locale) }) },
          { id: "scenarios-title", label: t("scenariosTitle") },
          { id: "method-title", label: t("methodTitle") },
        ]}
      />
      <noscript>
        <p className="mt-3 rounded border border-line bg-panel p-3">{t("noscript")}</p>
      </noscript>
      <section aria-labelledby="simulator-title" className="mt-6">
        <h2 id="simulator-title" className="sr-only">
          {t("simulatorTitle")}
        </h2>
        <PathSimulator
          locale={locale}
          setup={setup}
          reformTexts={await reformTexts(data.reforms, locale)}
          details={details}
          strings={await pathStrings(locale)}
          badge={<StatusBadge status="scenario" locale={locale} />}
          fallback={<ScenarioFigures scenario={defaultScenario} rule={rule} passMarkPercent={rule?.passMarkPercent ?? passRuleOf().passMarkPercent} locale={locale} id="path-default" />}
          addressBook={scenarioAddressBook(data)}
          origin={site.origin}
          date={formatPartialDate(data.release.publishedOn, locale)}
          rangeWhy={rangeWhy}
        />
      </section>
      <div className="mt-10">
        <ScenarioIndex locale={locale} headingId="scenario-index-title" />
      </div>
      <div className="mt-10">
        <ScenarioList scenarios={data.scenarios} locale={locale} headingId="scenarios-title" title={t("scenariosTitle")} />
      </div>
      <div className="mt-10">
        <BriefLink locale={locale} />
      </div>
      <section aria-labelledby="method-title" className="mt-10 max-w-prose">
        <h2 id="method-title" className="text-xl font-bold">
          {t("methodTitle")}
        </h2>
        <p className="mt-2">{t("method", { passMark })}</p>
      </section>
    </PageShell>
  );
}
