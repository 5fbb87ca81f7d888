import type { ReactNode } from "react";
import { CriteriaFigure } from "@/components/charts/criteria-figure";
import { CriterionHistoryFigure } from "@/components/charts/criterion-history-figure";
import { EiuFigure } from "@/components/charts/eiu-figure";
import { ObsFigure } from "@/components/charts/obs-figure";
import { PeerEligibilityFigure } from "@/components/charts/peer-eligibility-figure";
import { PeerObsFigure } from "@/components/charts/peer-obs-figure";
import { RtiFigure } from "@/components/charts/rti-figure";
import { ScoreHistoryFigure } from "@/components/charts/score-history-figure";
import { compareObsRounds, criteriaAssessment, vietnamEligibility } from "@/lib/export/chart-registry";
import { assessmentsWithComputed } from "@/lib/scoring/vietnam-today";
import { criterionIds, type Locale } from "@/lib/schemas/common";
import type { Dataset } from "@/lib/schemas/dataset";

type Props = { chart: string; dataset: Dataset; locale: Locale; actions?: ReactNode };

/** Renders a registered chart from a dataset (live or a frozen release): the one map from chart id to figure. */
export function ChartFigure({ chart, dataset, locale, actions }: Props) {
  switch (chart) {
    case "score-history":
      return <ScoreHistoryFigure assessments={assessmentsWithComputed(dataset)} rules={dataset.rules} locale={locale} actions={actions} />;
    case "criteria": {
      const assessment = criteriaAssessment(dataset);
      return assessment ? <CriteriaFigure assessment={assessment} locale={locale} actions={actions} /> : null;
    }
    case "open-budget-survey":
      return <ObsFigure rounds={dataset.inputs.openBudgetSurvey.filter((round) => round.country === "VN")} locale={locale} actions={actions} />;
    case "rti-rating":
      return <RtiFigure ratings={dataset.inputs.rtiRating} locale={locale} actions={actions} />;
    case "eiu-democracy-index":
      return <EiuFigure editions={dataset.inputs.democracyIndex.filter((edition) => edition.country === "VN")} locale={locale} actions={actions} />;
    case "compare-obs":
      return <PeerObsFigure countries={dataset.peers.countries} rounds={compareObsRounds(dataset)} locale={locale} actions={actions} />;
    case "compare-eligibility": {
      const vietnam = vietnamEligibility(dataset);
      return vietnam ? <PeerEligibilityFigure countries={dataset.peers.countries} entries={dataset.peers.eligibility} vietnam={vietnam} passMarkPercent={vietnam.passMarkPercent} locale={locale} actions={actions} /> : null;
    }
    default: {
      const criterion = criterionIds.find((id) => chart === `history-${id}`);
      return criterion ? <CriterionHistoryFigure assessments={assessmentsWithComputed(dataset)} criterion={criterion} locale={locale} actions={actions} /> : null;
    }
  }
}
