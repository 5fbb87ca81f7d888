// npm run data:check [folder …]: validates data/ (or each fixture folder given) and every frozen release in
// data/releases/, and prints every problem as data/<file> → <JSON path or line and column>: expected …, found … .
// The build runs the same check first. Several folders make one report each (the unit tests check all their bad-data
// fixtures in one run); the exit status is 1 when any of them has a problem.
import { join } from "node:path";
import { formatProblem, type DataProblem } from "../lib/data/problems";
import { frozenReleaseIds, inRelease, readRawDataset, releasesDirectory } from "../lib/data/read-dataset";
import { validateDataset } from "../lib/data/validate-dataset";
import { datasetFileNames, type Dataset } from "../lib/schemas/dataset";

const check = (directory: string): { problems: DataProblem[]; dataset?: Dataset } => {
  const { raw, problems } = readRawDataset(directory);
  // Every file that could be read is validated, so one run lists the problems of all of them.
  if (datasetFileNames.some((file) => raw[file] === undefined)) return { problems };
  const result = validateDataset(raw);
  return result.ok ? { problems, dataset: result.dataset } : { problems: [...problems, ...result.problems] };
};

// The frozen releases are the same for every folder: checked once.
const releases = frozenReleaseIds();
const releaseProblems: DataProblem[] = [];
for (const id of releases) {
  const frozen = check(join(releasesDirectory(), id));
  releaseProblems.push(...inRelease(id, frozen.problems));
  if (frozen.dataset && frozen.dataset.release.id !== id) {
    releaseProblems.push({ file: `releases/${id}/release.json`, path: "$.id", expected: `"${id}" (the name of its folder)`, found: JSON.stringify(frozen.dataset.release.id) });
  }
}
const newestFrozen = releases.at(-1);

/** One folder's report: printed, and whether it passed. */
const report = (directory: string) => {
  const current = check(directory);
  const problems = [...current.problems, ...releaseProblems];
  if (current.dataset && newestFrozen && current.dataset.release.id < newestFrozen) {
    problems.push({ file: "release.json", path: "$.id", expected: `a date on or after the newest frozen release (${newestFrozen}): data/ is the newest release`, found: JSON.stringify(current.dataset.release.id) });
  }
  if (problems.length === 0 && current.dataset) {
    const { assessments, sources, rules } = current.dataset;
    console.log(`data:check ok — ${directory}: ${sources.length} sources, ${rules.length} rule versions, ${assessments.length} assessments; ${releases.length} frozen release${releases.length === 1 ? "" : "s"} (${releases.join(", ") || "none"})`);
    return true;
  }
  console.error(`data:check failed — ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${directory}${releases.length ? ` and data/releases/` : ""}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  return false;
};

const directories = process.argv.length > 2 ? process.argv.slice(2) : [process.env.OGP_DATA_DIR ?? "data"];
const results = directories.map(report);
if (results.includes(false)) process.exit(1);
