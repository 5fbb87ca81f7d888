import { getTranslations } from "next-intl/server";
import { LabelledCell } from "@/components/layout/labelled-cell";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import type { Calibration, ReadingRow } from "@/lib/scoring/calibrate-readings";
import type { CalibrationFigure } from "@/lib/scoring/published-figures";
import type { Locale } from "@/lib/schemas/common";

/**
 * Each candidate reading of OGP's unpublished rules, whether it survives, and the published figures that ruled it
 * out; then every figure the readings were tested on, with its kind and source. Verdicts are words, never colour alone.
 */
export async function ReadingsTable({ calibration, rows, locale }: { calibration: Calibration; rows: ReadonlyArray<ReadingRow>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const questions = calibration.questions;
  const tests = calibration.figures.filter((figure) => figure.usedAsTest);
  const figureValue = (figure: CalibrationFigure) =>
    figure.kind === "at-least-75" || figure.kind === "below-75"
      ? t(`engine.figureKind.${figure.kind}`)
      : [figure.total !== null ? `${figure.total}/${figure.outOf ?? 16}` : null, ...Object.entries(figure.criteria).map(([criterion, points]) => `${t(`criteria.${criterion}`)} ${points}/4`)].filter(Boolean).join(" · ");
  return (
    <section aria-labelledby="readings" className="mt-8">
      <h2 id="readings" className="text-xl font-bold">{t("engine.readingsTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("engine.readingsIntroByFigure", { figures: calibration.figures.length, tests: tests.length, countries: new Set(tests.map((figure) => figure.country)).size })}</p>
      <ScrollRegion label={t("engine.readingsCaption")} className="mt-3">
        <table className="stack-table w-full border-collapse text-left text-sm" data-testid="readings-table">
          <caption className="sr-only">{t("engine.readingsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.reading")}</th>
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.survives")}</th>
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.ruledOutBy")}</th>
            </tr>
          </thead>
          {questions.map((question) => (
            <tbody key={question.id} data-question={question.id}>
              <tr>
                <th scope="colgroup" colSpan={3} className="bg-panel px-2 py-1 text-left">
                  {pick(question.question, locale)}
                  <span className="block text-xs font-normal">{pick(question.whyOpen, locale)}</span>
                </th>
              </tr>
              {rows
                .filter((row) => row.question.id === question.id)
                .map((row) => {
                  const against = calibration.figures.filter((figure, index) => figure.usedAsTest && row.perFigure[index] === "contradicts");
                  return (
                    <tr key={row.reading.id} className="border-b border-line align-top" data-reading={row.reading.id} data-survives={row.survives}>
                      <th scope="row" className="min-w-56 px-2 py-1 font-normal">
                        <span className="font-semibold">{pick(row.reading.label, locale)}</span>
                        <span className="block text-xs text-muted">
                          {t(`engine.confirmation.${row.reading.confirmation}`)} · {pick(row.reading.explanation, locale)}
                        </span>
                        {row.reading.sources.length > 0 && (
                          <div className="text-xs">
                            <SourceLinks ids={row.reading.sources} locale={locale} />
                          </div>
                        )}
                      </th>
                      <LabelledCell label={t("engine.columns.survives")} className="px-2 py-1 font-semibold">{row.survives ? t("engine.survives") : row.ruledOutJointly ? t("engine.ruledOutJointly") : t("engine.ruledOut")}</LabelledCell>
                      <LabelledCell label={t("engine.columns.ruledOutBy")} wide className="min-w-48 px-2 py-1" data-ruled-out-by={against.map((figure) => figure.id).join(" ")}>
                        {against.length === 0 ? (
                          <span className="text-muted">{t("engine.noFigureAgainst")}</span>
                        ) : (
                          <ul className="list-none">
                            {against.map((figure) => (
                              <li key={figure.id}>
                                {pick(figure.label, locale)} <span className="text-xs text-muted">({figureValue(figure)})</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </LabelledCell>
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      <h3 id="figures" className="mt-6 text-lg font-bold">{t("engine.figuresTitle", { count: calibration.figures.length })}</h3>
      <p className="mt-1 max-w-prose text-sm">{t("engine.figuresIntro")}</p>
      <ScrollRegion label={t("engine.figuresTitle", { count: calibration.figures.length })} className="mt-2">
        <table className="stack-table w-full border-collapse text-left text-sm" data-testid="figures-table">
          <caption className="sr-only">{t("engine.figuresTitle", { count: calibration.figures.length })}</caption>
          <thead>
            <tr>
              {(["figure", "kind", "value", "test"] as const).map((column) => (
                <th key={column} scope="col" className="border-b border-line px-2 py-1">{t(`engine.figureColumns.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {calibration.figures.map((figure) => (
              <tr key={figure.id} className="border-b border-line align-top" data-figure-id={figure.id} data-kind={figure.kind}>
                <th scope="row" className="px-2 py-1 font-medium">
                  {pick(figure.label, locale)}
                  <span className="block text-xs font-normal text-muted">{t("engine.figureYear", { year: figure.dataYear })}</span>
                </th>
                <LabelledCell label={t("engine.figureColumns.kind")} className="px-2 py-1">{t(`engine.figureKindName.${figure.kind}`)}</LabelledCell>
                <LabelledCell label={t("engine.figureColumns.value")} className="px-2 py-1 tabular">{figureValue(figure)}</LabelledCell>
                <LabelledCell label={t("engine.figureColumns.test")} wide className="px-2 py-1">
                  {figure.usedAsTest ? t("engine.usedAsTest") : <span className="italic text-muted">{t("engine.notUsedWhy")}</span>}
                  <SourceLinks ids={figure.sources} locale={locale} />
                </LabelledCell>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
