import { describeObs } from "@/lib/charts/describe/indicators";
import type { OpenBudgetSurveyRound } from "@/lib/schemas/inputs";
import type { Locale } from "@/lib/schemas/common";
import { serverTranslate } from "@/components/export/server-translate";
import { ChartView } from "./chart-view";

/** Vietnam's Open Budget Survey transparency score by round, on a time axis. */
export async function ObsFigure({ rounds, locale, actions }: { rounds: ReadonlyArray<OpenBudgetSurveyRound>; locale: Locale; actions?: React.ReactNode }) {
  return <ChartView description={describeObs(rounds, { locale, t: await serverTranslate(locale) })} locale={locale} actions={actions} />;
}
