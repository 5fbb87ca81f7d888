import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { badDataFixtures, dashboardBuildArgs, materializeFixture } from "./bad-data-fixtures";

const run = promisify(execFile);
const textOf = (html: string, testId: string) => {
  const match = new RegExp(`data-testid="${testId}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
};

describe("the page follows data/", () => {
  it("shows a different score and gap after one value in data/ changes", async () => {
    // Feb 2019: "4 points short" (8/16) becomes 9/16; nothing in app/ or components/ changes. The published figure on the
    // page follows, and so does the computed estimate: no reading of the rules can give 9 in 2018, so the engine keeps
    // every reading (and the estimate widens).
    const directory = materializeFixture({ patch: [{ file: "assessments.json", op: "replace", path: "/5/total/points", value: 9 }] });
    const distDir = ".tmp/next-changed-data";
    await run("npx", dashboardBuildArgs, { env: { ...process.env, OGP_DATA_DIR: directory, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 16 * 1024 * 1024 });
    const changed = readFileSync(join(distDir, "en/index.html"), "utf8");
    expect(textOf(changed, "published-score")).toContain("9 of 16");
    const before = vietnamToday(loadDataset()).latest!.computed.total;
    const after = vietnamToday(loadDataset(directory)).latest!.computed.total;
    expect(after).not.toEqual(before);
    expect(textOf(changed, "computed-score")).toContain(`Between ${after.min} and ${after.max} of 16`);
    const vietnamese = readFileSync(join(distDir, "vi/index.html"), "utf8");
    expect(textOf(vietnamese, "published-score")).toContain("9 trên 16");
  }, 300_000); // the margin is for a busy machine
});

// Every next build of this project works in .next/ (with output: "export", NEXT_DIST_DIR only names where the pages
// are written) and holds a lock on it: the unit tests' two builds are in this one file, so they run one after the
// other and never beside each other.
describe("the site build itself", () => {
  it("refuses bad data even when the data check is skipped (next build alone)", async () => {
    const fixture = badDataFixtures().find((f) => f.name === "points-not-allowed")!;
    const directory = materializeFixture(fixture);
    const build = await run("npx", dashboardBuildArgs, { env: { ...process.env, OGP_DATA_DIR: directory, NEXT_DIST_DIR: ".tmp/next-bad-data", NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 16 * 1024 * 1024 }).then(
      () => ({ code: 0, output: "" }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}\n${error.stderr}` }),
    );
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(fixture.expect[0]);
  }, 300_000); // the margin is for a busy machine
});
