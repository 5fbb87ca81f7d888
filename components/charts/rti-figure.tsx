import { describeRti } from "@/lib/charts/describe/indicators";
import type { RtiRating } from "@/lib/schemas/inputs";
import type { Locale } from "@/lib/schemas/common";
import { serverTranslate } from "@/components/export/server-translate";
import { ChartView } from "./chart-view";

/** The RTI Rating of Vietnam's access-to-information law at each stage (out of 150). */
export async function RtiFigure({ ratings, locale, actions }: { ratings: ReadonlyArray<RtiRating>; locale: Locale; actions?: React.ReactNode }) {
  return <ChartView description={describeRti(ratings, { locale, t: await serverTranslate(locale) })} locale={locale} actions={actions} />;
}
