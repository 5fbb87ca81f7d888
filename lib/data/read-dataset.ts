import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetFileNames, type Dataset, type DatasetFileName } from "../schemas/dataset";
import { parseDataFile } from "./json-text-checks";
import type { DataProblem } from "./problems";
import { DataValidationError, validateDataset } from "./validate-dataset";

/** The data folder the build reads; OGP_DATA_DIR lets tests point the build at a fixture. */
export const dataDirectory = () => process.env.OGP_DATA_DIR ?? join(process.cwd(), "data");

/** Reads every file of data/ (the only file-system access in lib/); unreadable JSON becomes a problem, not a crash. */
export const readRawDataset = (directory = dataDirectory()) => {
  const problems: DataProblem[] = [];
  const raw = {} as Record<DatasetFileName, unknown>;
  for (const file of datasetFileNames) {
    try {
      // Line-and-column messages for syntax errors, a BOM and duplicate keys (json-text-checks.ts).
      const parsed = parseDataFile(file, readFileSync(join(directory, file), "utf8"));
      problems.push(...parsed.problems);
      if (parsed.value !== undefined) raw[file] = parsed.value;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      problems.push({ file, path: "$", expected: "a readable JSON file", found: reason });
    }
  }
  return { raw, problems };
};

const cache = new Map<string, Dataset>();

/** Loads and validates once per process; throws with every problem listed. */
export const loadDataset = (directory = dataDirectory()): Dataset => {
  const cached = cache.get(directory);
  if (cached) return cached;
  const { raw, problems } = readRawDataset(directory);
  if (problems.length > 0) throw new DataValidationError(problems);
  const result = validateDataset(raw);
  if (!result.ok) throw new DataValidationError(result.problems);
  cache.set(directory, result.dataset);
  return result.dataset;
};

/** data/releases/<id>/: a frozen copy of data/ per published release, which pinned embeds are built from (never a fixture). */
export const releasesDirectory = () => process.env.OGP_RELEASES_DIR ?? join(process.cwd(), "data", "releases");

/** The ids of every frozen release, oldest first (folder names written YYYY-MM-DD). */
export const frozenReleaseIds = (directory = releasesDirectory()): string[] =>
  existsSync(directory) ? readdirSync(directory).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name)).sort() : [];

/** Problems of a frozen release, named by their file under data/ ("releases/2026-11-23/sources.json"). */
export const inRelease = (id: string, problems: DataProblem[]) => problems.map((problem) => ({ ...problem, file: `releases/${id}/${problem.file}` }));

/** A frozen release, validated exactly like data/; a problem names data/releases/<id>/<file>. */
export const loadRelease = (id: string) => {
  try {
    return loadDataset(join(releasesDirectory(), id));
  } catch (error) {
    if (error instanceof DataValidationError) throw new DataValidationError(inRelease(id, error.problems));
    throw error;
  }
};
