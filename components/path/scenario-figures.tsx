import { ChartView } from "@/components/charts/chart-view";
import { serverTranslate } from "@/components/export/server-translate";
import { describeScenario } from "@/lib/charts/describe/scenario";
import type { Scenario } from "@/lib/scoring/apply-reforms";
import type { ScoringRule } from "@/lib/scoring/score-assessment";
import type { Locale } from "@/lib/schemas/common";

/**
 * A scenario as server-drawn SVG: the total at the start and with the reforms against the bar, then the four
 * criteria of the scenario (changed ones hatched as scenario). Readable without JavaScript; the simulator's live
 * chart draws the same two descriptions with recharts.
 */
export async function ScenarioFigures({ scenario, rule, passMarkPercent, locale, id }: { scenario: Scenario; rule?: ScoringRule; passMarkPercent: number; locale: Locale; id: string }) {
  const { total, criteria } = describeScenario(scenario, { rule, passMarkPercent, id }, { locale, t: await serverTranslate(locale) });
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="scenario-figures">
      <ChartView description={total} locale={locale} headingLevel={3} />
      <ChartView description={criteria} locale={locale} headingLevel={3} />
    </div>
  );
}
