import Link from "next/link";
import { pathStrings } from "@/components/path/path-strings";
import { loadDataset } from "@/lib/data/read-dataset";
import { scenarioPages, scenarioStart } from "@/lib/export/scenario-pages";
import { verdictLabel } from "@/lib/export/share-text";
import { barVerdict, scoreText } from "@/lib/format/bar-verdict";
import { templateSay } from "@/lib/format/fill-template";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import { reachText } from "@/lib/format/reach-text";
import type { Locale } from "@/lib/schemas/common";
import { midSentence } from "@/lib/format/mid-sentence";

/**
 * Every combination of reforms from the default start, each a link to its page, with its result against the bar: the
 * pages the share buttons point to, listed where people (and crawlers) can find them without JavaScript.
 */
export async function ScenarioIndex({ locale, headingId }: { locale: Locale; headingId: string }) {
  const data = loadDataset();
  const say = templateSay(await pathStrings(locale));
  const start = scenarioStart(data);
  const pages = scenarioPages(data);
  const inert = start.reaches.filter(({ reach }) => reach.kind !== "adds");
  const first = pages[0]?.scenario.score;
  return (
    <section aria-labelledby={headingId} data-testid="scenario-index">
      <h2 id={headingId} className="text-xl font-bold">
        {say("index.title", { start: midSentence(pick(start.start.assessment.label, locale)) })}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{say("index.lead")}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          {first && <caption className="sr-only">{say("index.caption", { threshold: first.thresholdPoints, outOf: first.applicablePoints })}</caption>}
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="px-2 py-1">{say("index.colReforms")}</th>
              <th scope="col" className="px-2 py-1">{say("index.colResult")}</th>
              <th scope="col" className="px-2 py-1">{say("index.colVerdict")}</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => {
              const score = page.scenario.score;
              const verdict = barVerdict(score.range, score.thresholdPoints, score.applicablePoints, score.eligibility);
              const titles = page.reforms.map((reform) => pick(reform.title, locale)).join(say("sharing.reformJoin"));
              return (
                <tr key={page.path} className="border-b border-line" data-scenario-page={page.path}>
                  <th scope="row" className="px-2 py-1 font-normal">
                    <Link prefetch={false} href={localePath(locale, page.path)}>
                      {titles}
                    </Link>
                  </th>
                  <td className="whitespace-nowrap px-2 py-1 font-semibold tabular">{scoreText(score.range, score.applicablePoints)}</td>
                  <td className={`px-2 py-1 ${verdict.kind === "met" ? "font-semibold text-good" : ""}`}>{verdictLabel(say, verdict)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {inert.length > 0 && (
        <p className="mt-2 max-w-prose text-sm">
          {inert.map(({ reform, reach }) => `${pick(reform.title, locale)} — ${reachText(reach, say, reform)}`).join(" ")}
        </p>
      )}
    </section>
  );
}
