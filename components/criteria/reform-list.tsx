import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { progressShown, reachDiffersFromRule, reachText } from "@/lib/format/reach-text";
import { loadMessages } from "@/i18n/load-messages";
import { reformReach } from "@/lib/scoring/reform-reach";
import type { SimulatorBase } from "@/lib/scoring/simulator-setup";
import type { Locale } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";

/**
 * Reforms that would add points on this criterion, with the rule that gives them and where things stand. What each
 * adds is said once, from the simulator's default start: "+2", or "could add 2 points if …", or done and counted.
 */
export async function ReformList({ reforms, locale, start }: { reforms: ReadonlyArray<Reform>; locale: Locale; start: SimulatorBase }) {
  const t = await getTranslations({ locale });
  const say = templateSay(pathTemplates(loadMessages(locale)));
  return (
    <section aria-labelledby="reforms" className="mt-8">
      <h2 id="reforms" className="text-xl font-bold">{t("criterionPage.reforms")}</h2>
      {reforms.length === 0 ? (
        <p className="mt-2">{t("criterionPage.noReforms")}</p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {reforms.map((reform) => {
            const reach = reformReach(start.assessment, reform, start.rule ?? undefined);
            const differs = reachDiffersFromRule(reform, reach);
            return (
            <li key={reform.id} className="rounded-lg border border-line p-3" data-reform={reform.id}>
              <h3 className="font-semibold">
                {pick(reform.title, locale)}{" "}
                {!differs && (
                  <span className="whitespace-nowrap text-scenario">
                    {reform.effect === "add" ? t("criterionPage.addsPoints", { points: reform.points }) : t("criterionPage.raisesTo", { points: reform.points })}
                    {!reform.pointsConfirmed && ` (${t("criterionPage.unconfirmed")})`}
                  </span>
                )}
              </h3>
              {differs && (
                <p className="mt-1 font-medium" data-testid={`reach-${reform.id}`}>
                  {reachText(reach, say, reform)}
                  {!reform.pointsConfirmed && ` (${t("criterionPage.unconfirmed")})`}
                </p>
              )}
              <p className="mt-1">{pick(reform.change, locale)}</p>
              <p className="mt-1 text-sm">
                <span className="font-medium">{t("criterionPage.ruleLabel")}: </span>
                {pick(reform.rule, locale)}
              </p>
              <SourceLinks ids={reform.ruleSources} locale={locale} />
              <p className="mt-1 text-sm">
                <span className="font-medium">{t("criterionPage.progressLabel")}: {t(`progress.${progressShown(reform, reach)}`)}. </span>
                {pick(reform.progressNote, locale)}
              </p>
              <SourceLinks ids={reform.progressSources} locale={locale} />
              {reform.caveat && <p className="mt-1 text-sm italic">{pick(reform.caveat, locale)}</p>}
            </li>
            );
          })}
        </ul>
      )}
      <p className="mt-3">
        <Link prefetch={false} href={localePath(locale, "/path/")}>{t("criterionPage.toSimulator")}</Link>
      </p>
    </section>
  );
}
