import { describeCriterionHistory } from "@/lib/charts/describe/criterion-history";
import type { Assessment } from "@/lib/schemas/assessment";
import type { CriterionId, Locale } from "@/lib/schemas/common";
import { serverTranslate } from "@/components/export/server-translate";
import { ChartView } from "./chart-view";

/** Vietnam's points on one criterion at each assessment, on a time axis; an unknown split is a marker on the baseline. */
export async function CriterionHistoryFigure({ assessments, criterion, locale, actions }: { assessments: ReadonlyArray<Assessment>; criterion: CriterionId; locale: Locale; actions?: React.ReactNode }) {
  const description = describeCriterionHistory(assessments, criterion, { locale, t: await serverTranslate(locale) });
  return <ChartView description={description} locale={locale} actions={actions} />;
}
