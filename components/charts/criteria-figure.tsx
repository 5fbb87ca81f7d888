import { describeAssessmentCriteria, describeCriteria, type CriteriaInput } from "@/lib/charts/describe/criteria";
import type { Assessment } from "@/lib/schemas/assessment";
import type { Locale } from "@/lib/schemas/common";
import { serverTranslate } from "@/components/export/server-translate";
import { ChartView } from "./chart-view";

type Props = {
  /** A published or scenario assessment; or `estimate` for points given as ranges (a computed assessment). */
  assessment?: Assessment;
  estimate?: Omit<CriteriaInput, "id" | "title">;
  locale: Locale;
  id?: string;
  actions?: React.ReactNode;
  headingLevel?: 2 | 3;
};

/** The four criteria, each out of 4: a bar for known points, an interval for a range, a marker for no data. */
export async function CriteriaFigure({ assessment, estimate, locale, id, actions, headingLevel }: Props) {
  const context = { locale, t: await serverTranslate(locale) };
  const description = estimate ? describeCriteria({ ...estimate, id }, context) : assessment ? describeAssessmentCriteria(assessment, context, { id }) : null;
  return description && <ChartView description={description} locale={locale} actions={actions} headingLevel={headingLevel} />;
}
