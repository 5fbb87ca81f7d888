// npm run data:check [folder]: validates data/ (or a fixture folder) and prints every problem as
// data/<file> → <JSON path>: expected …, found … . The build runs the same check first.
import { formatProblem } from "../lib/data/problems";
import { readRawDataset } from "../lib/data/read-dataset";
import { validateDataset } from "../lib/data/validate-dataset";

const directory = process.argv[2] ?? process.env.OGP_DATA_DIR ?? "data";
const { raw, problems: readProblems } = readRawDataset(directory);
const result = readProblems.length ? { ok: false as const, problems: readProblems } : validateDataset(raw);

if (result.ok) {
  const { assessments, sources, rules } = result.dataset;
  console.log(`data:check ok — ${directory}: ${sources.length} sources, ${rules.length} rule versions, ${assessments.length} assessments`);
} else {
  console.error(`data:check failed — ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in ${directory}:`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
