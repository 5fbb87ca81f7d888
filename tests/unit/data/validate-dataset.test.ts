import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/data/problems";
import { DataValidationError, validateDataset } from "@/lib/data/validate-dataset";
import { loadDataset, readRawDataset } from "@/lib/data/read-dataset";
import { badDataFixtures, materializeFixture } from "./bad-data-fixtures";

const run = promisify(execFile);
const runExpectingFailure = async (command: string, args: string[], env: Record<string, string> = {}) => {
  try {
    await run(command, args, { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: `${failure.stdout}\n${failure.stderr}` };
  }
  return { code: 0, output: "" };
};

describe("the real data", () => {
  it("passes every schema and cross-file check", () => {
    const { raw, problems } = readRawDataset();
    expect(problems).toEqual([]);
    const result = validateDataset(raw);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
  it("names a source for every assessment, and keeps unknowns as null rather than 0", () => {
    const { assessments } = loadDataset();
    for (const assessment of assessments) {
      expect(assessment.sources.length).toBeGreaterThan(0);
      for (const score of Object.values(assessment.criteria)) {
        if (score.basis === "unknown") expect(score.points).toBeNull();
      }
    }
    expect(assessments.find((a) => a.id === "vn-2015")?.criteria.fiscalTransparency.points).toBeNull();
  });
});

const fixtures = badDataFixtures();
const directories = new Map(fixtures.map((fixture) => [fixture.name, materializeFixture(fixture)]));

/** Splits data:check's output into one report per folder (each starts "data:check ok — <folder>" or "data:check failed — … in <folder>"). */
const reportsByFolder = (output: string) => {
  const reports = new Map<string, string>();
  for (const report of output.split(/^(?=data:check )/m)) {
    const folder = [...directories.values()].find((directory) => report.split("\n")[0].includes(` ${directory}`));
    if (folder) reports.set(folder, report);
  }
  return reports;
};

// The real CLI (npx tsx scripts/check-data.ts), run once over every fixture folder: one process, one report per folder.
let cliRun: Promise<{ code: number; reports: Map<string, string> }> | undefined;
const checkEveryFixture = () =>
  (cliRun ??= runExpectingFailure("npx", ["tsx", "scripts/check-data.ts", ...directories.values()]).then(({ code, output }) => ({ code, reports: reportsByFolder(output) })));

describe.each(fixtures)("bad data: $name", (fixture) => {
  const directory = directories.get(fixture.name)!;

  it(`is rejected in-process with file, JSON path, expected and found (${fixture.description})`, () => {
    const { raw, problems: readProblems } = readRawDataset(directory);
    const result = readProblems.length ? { ok: false as const, problems: readProblems } : validateDataset(raw);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    for (const expected of fixture.expect) expect(messages.some((message) => message.startsWith(expected))).toBe(true);
  });

  it("is rejected by npm run data:check, with the message", async () => {
    const { code, reports } = await checkEveryFixture();
    expect(code).not.toBe(0);
    const report = reports.get(directory) ?? "";
    expect(report).toMatch(/^data:check failed — /);
    for (const expected of fixture.expect) expect(report).toContain(expected);
  });
});

// npm run build runs the same data check first (scripts/build.mjs) and stops there. Proven here on one fixture of each
// kind of check (a file that is not JSON as written, a schema, a cross-file reference, a date after the release): the
// real build refuses it and prints the data check's report for that folder, word for word.
describe.concurrent("npm run build refuses bad data with the data check's message", () => {
  for (const name of ["trailing-comma", "points-not-allowed", "unknown-source-id", "future-official-assessment"]) {
    it(name, async () => {
      const fixture = fixtures.find((f) => f.name === name)!;
      const directory = directories.get(name)!;
      const [build, { reports }] = await Promise.all([
        runExpectingFailure("npm", ["run", "build", "--silent"], { OGP_DATA_DIR: directory, NEXT_DIST_DIR: ".tmp/next-bad-data" }),
        checkEveryFixture(),
      ]);
      expect(build.code).not.toBe(0);
      for (const expected of fixture.expect) expect(build.output).toContain(expected);
      expect(build.output).toContain(reports.get(directory)!.trim());
    });
  }
});

describe("all problems, not just the first", () => {
  it("lists every problem when several fixtures are combined", () => {
    const combined = fixtures.filter((f) => ["unknown-source-id", "duplicate-id", "total-not-sum"].includes(f.name));
    const directory = materializeFixture({ patch: combined.flatMap((f) => f.patch ?? []) });
    const { raw } = readRawDataset(directory);
    const result = validateDataset(raw);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    for (const expected of combined.flatMap((f) => f.expect)) expect(messages.some((m) => m.startsWith(expected))).toBe(true);
  });
  it("throws one error that lists them all when loading for the site", () => {
    const directory = materializeFixture({ patch: fixtures.filter((f) => f.name === "missing-translation").flatMap((f) => f.patch ?? []) });
    expect(() => loadDataset(directory)).toThrow(DataValidationError);
    expect(() => loadDataset(directory)).toThrow(/2 problems[\s\S]*\$\[0\]\.label\.en[\s\S]*\$\[1\]\.summary\.vi/);
  });
});
