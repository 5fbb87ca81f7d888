import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/data/problems";
import { DataValidationError, validateDataset } from "@/lib/data/validate-dataset";
import { loadDataset, readRawDataset } from "@/lib/data/read-dataset";
import { badDataFixtures, dashboardBuildArgs, materializeFixture } from "./bad-data-fixtures";

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

describe.each(fixtures)("bad data: $name", (fixture) => {
  const directory = materializeFixture(fixture);

  it(`is rejected in-process with file, JSON path, expected and found (${fixture.description})`, () => {
    const { raw, problems: readProblems } = readRawDataset(directory);
    const result = readProblems.length ? { ok: false as const, problems: readProblems } : validateDataset(raw);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    for (const expected of fixture.expect) expect(messages.some((message) => message.startsWith(expected))).toBe(true);
  });

  it("is rejected by npm run data:check and by npm run build, with the same message", async () => {
    const check = await runExpectingFailure("npx", ["tsx", "scripts/check-data.ts", directory]);
    expect(check.code).not.toBe(0);
    for (const expected of fixture.expect) expect(check.output).toContain(expected);
    const build = await runExpectingFailure("npm", ["run", "build", "--silent"], { OGP_DATA_DIR: directory, NEXT_DIST_DIR: ".tmp/next-bad-data" });
    expect(build.code).not.toBe(0);
    for (const expected of fixture.expect) expect(build.output).toContain(expected);
  });
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

describe("the site build itself", () => {
  it("refuses bad data even when the data check is skipped (next build alone)", async () => {
    const fixture = fixtures.find((f) => f.name === "points-not-allowed")!;
    const directory = materializeFixture(fixture);
    const build = await runExpectingFailure("npx", dashboardBuildArgs, { OGP_DATA_DIR: directory, NEXT_DIST_DIR: ".tmp/next-bad-data", NEXT_TELEMETRY_DISABLED: "1" });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(fixture.expect[0]);
  }, 180_000);
});
