import { describeEiu } from "@/lib/charts/describe/indicators";
import type { DemocracyIndexEdition } from "@/lib/schemas/inputs";
import type { Locale } from "@/lib/schemas/common";
import { serverTranslate } from "@/components/export/server-translate";
import { ChartView } from "./chart-view";

/** The EIU Democracy Index for Vietnam (0–10) and the civil-liberties sub-scores we have; OGP's mapping to points is unconfirmed. */
export async function EiuFigure({ editions, locale, actions }: { editions: ReadonlyArray<DemocracyIndexEdition>; locale: Locale; actions?: React.ReactNode }) {
  return <ChartView description={describeEiu(editions, { locale, t: await serverTranslate(locale) })} locale={locale} actions={actions} />;
}
