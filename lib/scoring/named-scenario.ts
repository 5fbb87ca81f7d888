import type { Assessment } from "../schemas/assessment";
import type { Reform } from "../schemas/reform";
import type { RuleVersion } from "../schemas/rules";
import type { NamedScenario } from "../schemas/scenario";
import { applyReforms, type Scenario } from "./apply-reforms";
import { ruleVersionAt } from "./rule-version-at";
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

type Data = { assessments: ReadonlyArray<Assessment>; reforms: ReadonlyArray<Reform>; rules: ReadonlyArray<RuleVersion> };

/** Turns a named scenario from data/scenarios.json into a scored scenario; ids were checked when the data was loaded. */
export const resolveNamedScenario = (named: NamedScenario, data: Data): ResolvedScenario => {
  const base = data.assessments.find((assessment) => assessment.id === named.base);
  if (!base) throw new Error(`scenario ${named.id}: no assessment ${named.base}`);
  const rule = ruleVersionAt(data.rules, base.date);
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
