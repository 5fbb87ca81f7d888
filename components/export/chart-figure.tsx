import type { ReactNode } from "react";
import { ChartView } from "@/components/charts/chart-view";
import type { ComputedYear } from "@/lib/charts/describe/score-history";
import { chartDefinition } from "@/lib/export/chart-registry";
import type { Locale } from "@/lib/schemas/common";
import type { Dataset } from "@/lib/schemas/dataset";
import { serverTranslate } from "./server-translate";

type Props = { chart: string; dataset: Dataset; locale: Locale; actions?: ReactNode; headingLevel?: 2 | 3; computed?: ReadonlyArray<ComputedYear>; showSummary?: boolean };

/** Renders a registered chart from a dataset (live or a frozen release): the one map from chart id to figure. */
export async function ChartFigure({ chart, dataset, locale, actions, headingLevel, computed, showSummary }: Props) {
  const definition = chartDefinition(chart);
  if (!definition) return null;
  const description = definition.describe({ dataset, locale, t: await serverTranslate(locale), computed });
  return <ChartView description={description} locale={locale} actions={actions} headingLevel={headingLevel} showSummary={showSummary} />;
}
