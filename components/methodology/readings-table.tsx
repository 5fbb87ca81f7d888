import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import type { Calibration, ReadingRow } from "@/lib/scoring/calibrate-readings";
import type { Locale } from "@/lib/schemas/common";

/**
 * Each candidate reading of OGP's unpublished rules against each published figure: reproduces, fits or contradicts,
 * and whether the reading survives. Verdicts are words and symbols, never colour alone.
 */
export async function ReadingsTable({ calibration, rows, locale }: { calibration: Calibration; rows: ReadonlyArray<ReadingRow>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const questions = calibration.questions;
  return (
    <section aria-labelledby="readings" className="mt-8">
      <h2 id="readings" className="text-xl font-bold">{t("engine.readingsTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("engine.readingsIntro")}</p>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("engine.verdictHelp")}</p>
      <ScrollRegion label={t("engine.readingsCaption")} className="mt-3">
        <table className="w-full border-collapse text-left text-sm" data-testid="readings-table">
          <caption className="sr-only">{t("engine.readingsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.reading")}</th>
              {calibration.figures.map((figure) => (
                <th key={figure.id} scope="col" className="min-w-24 border-b border-line px-2 py-1 align-bottom" data-figure={figure.id}>
                  {pick(figure.label, locale)}
                  <span className="block text-xs font-normal text-muted">
                    {figure.total !== null ? `${figure.total}/${figure.outOf ?? 16} · ` : ""}
                    {t("engine.figureYear", { year: figure.dataYear })}
                  </span>
                  {!figure.usedAsTest && <span className="block text-xs font-normal italic text-muted">{t("engine.notUsed")}</span>}
                </th>
              ))}
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.survives")}</th>
            </tr>
          </thead>
          {questions.map((question) => (
            <tbody key={question.id} data-question={question.id}>
              <tr>
                <th scope="colgroup" colSpan={calibration.figures.length + 2} className="bg-panel px-2 py-1 text-left">
                  {pick(question.question, locale)}
                  <span className="block text-xs font-normal">{pick(question.whyOpen, locale)}</span>
                </th>
              </tr>
              {rows
                .filter((row) => row.question.id === question.id)
                .map((row) => (
                  <tr key={row.reading.id} className="border-b border-line align-top" data-reading={row.reading.id} data-survives={row.survives}>
                    <th scope="row" className="min-w-64 px-2 py-1 font-normal sm:min-w-80">
                      <span className="font-semibold">{pick(row.reading.label, locale)}</span>
                      <span className="block text-xs text-muted">
                        {t(`engine.confirmation.${row.reading.confirmation}`)} · {pick(row.reading.explanation, locale)}
                      </span>
                      {row.reading.sources.length > 0 && (
                        <span className="block text-xs">
                          <SourceLinks ids={row.reading.sources} locale={locale} />
                        </span>
                      )}
                    </th>
                    {row.perFigure.map((verdict, index) => (
                      <td key={calibration.figures[index].id} className={`whitespace-nowrap px-2 py-1 ${verdict === "contradicts" ? "font-semibold" : ""}`} data-verdict={verdict}>
                        {t(`engine.verdict.${verdict}`)}
                      </td>
                    ))}
                    <td className="px-2 py-1 font-semibold">{row.survives ? t("engine.survives") : row.ruledOutJointly ? t("engine.ruledOutJointly") : t("engine.ruledOut")}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      <div className="mt-2">
        <SourceLinks ids={[...new Set(calibration.figures.flatMap((figure) => figure.sources))]} locale={locale} />
      </div>
    </section>
  );
}
