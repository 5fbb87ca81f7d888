import type { Assessment } from "../schemas/assessment";
import type { Reform } from "../schemas/reform";
import type { RuleVersion } from "../schemas/rules";
import type { NamedScenario } from "../schemas/scenario";
import { applyReforms, type Scenario } from "./apply-reforms";
import { criterionIds, type CriterionId } from "../schemas/common";
import { ruleVersionFor } from "./rule-version-at";
import { possibleCompletions, type ScoringRule } from "./score-assessment";
import { shortestPath } from "./shortest-path";

export type ResolvedScenario = {
  named: NamedScenario;
  base: Assessment;
  rule: RuleVersion | undefined;
  scenario: Scenario;
  /** For a computed selection: other sets that rank as well as the one shown. */
  ties: Reform[][];
  /** For a computed selection: no set of reforms reaches the bar from this base. */
  unreachable: boolean;
};

type Data = {
  assessments: ReadonlyArray<Assessment>;
  reforms: ReadonlyArray<Reform>;
  rules: ReadonlyArray<RuleVersion>;
  /** The computed assessments (status "computed"): a scenario may start from one, and they bound published ones. */
  computed?: ReadonlyArray<Assessment>;
};

/**
 * A published assessment whose per-criterion split is unknown, bounded by what OGP's rules allow for its data year:
 * only the splits the computed assessment of that year allows, and that add up to the published total. A scenario
 * from it then respects the rules (e.g. a 2015 draft law already earned access-to-information points). Unchanged
 * where there is nothing to bound, or where no split fits both.
 */
export const boundByComputed = (base: Assessment, computed: Assessment | undefined, rule?: ScoringRule): Assessment => {
  if (!computed?.outcomes || base.status === "computed" || base.outcomes) return base;
  const open = criterionIds.filter((criterion) => base.criteria[criterion].points === null && base.criteria[criterion].basis !== "not-measured");
  if (open.length === 0) return base;
  const allowed = (criterion: CriterionId, points: number) => computed.criteria[criterion].possible?.includes(points) ?? computed.criteria[criterion].points === points;
  const kept = possibleCompletions(base, rule).filter((completion) => open.every((criterion) => allowed(criterion, completion[criterion] ?? -1)));
  if (kept.length === 0) return base;
  const outcomes = kept.map((completion) => Object.fromEntries(criterionIds.map((criterion) => [criterion, base.criteria[criterion].points ?? completion[criterion] ?? null])) as NonNullable<Assessment["outcomes"]>[number]);
  return { ...base, outcomes };
};

/** Turns a named scenario from data/scenarios.json into a scored scenario; ids were checked when the data was loaded. */
export const resolveNamedScenario = (named: NamedScenario, data: Data): ResolvedScenario => {
  const found = [...data.assessments, ...(data.computed ?? [])].find((assessment) => assessment.id === named.base);
  if (!found) throw new Error(`scenario ${named.id}: no assessment ${named.base}`);
  const rule = ruleVersionFor(data.rules, found);
  const sameYear = found.dataYear && data.computed?.find((computed) => computed.date === String(found.dataYear?.year));
  const base = boundByComputed(found, sameYear || undefined, rule);
  const options = { id: `scenario-${named.id}`, label: named.title, rule };
  if (named.selection.kind === "shortest-path") {
    const path = shortestPath(base, data.reforms, options);
    if (path) return { named, base, rule, scenario: path.scenario, ties: path.ties, unreachable: false };
    return { named, base, rule, scenario: applyReforms(base, data.reforms, options), ties: [], unreachable: true };
  }
  const ids = named.selection.reforms;
  const chosen = data.reforms.filter((reform) => ids.includes(reform.id));
  return { named, base, rule, scenario: applyReforms(base, chosen, options), ties: [], unreachable: false };
};
