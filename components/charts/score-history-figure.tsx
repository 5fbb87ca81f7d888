import { describeScoreHistory, type ComputedYear } from "@/lib/charts/describe/score-history";
import type { Assessment } from "@/lib/schemas/assessment";
import type { Locale } from "@/lib/schemas/common";
import type { RuleVersion } from "@/lib/schemas/rules";
import { serverTranslate } from "@/components/export/server-translate";
import { ChartView } from "./chart-view";

type Props = {
  assessments: ReadonlyArray<Assessment>;
  rules: ReadonlyArray<RuleVersion>;
  /** Vietnam's computed score per OGP data year (the eligibility engine), drawn as its own series. */
  computed?: ReadonlyArray<ComputedYear>;
  locale: Locale;
  actions?: React.ReactNode;
  headingLevel?: 2 | 3;
};

/** Vietnam's total over time against the pass mark: published figures, the projection over its period, computed years. */
export async function ScoreHistoryFigure({ assessments, rules, computed, locale, actions, headingLevel }: Props) {
  const description = describeScoreHistory({ assessments, rules, computed }, { locale, t: await serverTranslate(locale) });
  return <ChartView description={description} locale={locale} actions={actions} headingLevel={headingLevel} />;
}
