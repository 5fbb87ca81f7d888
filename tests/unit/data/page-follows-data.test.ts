import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { materializeFixture } from "./bad-data-fixtures";

const run = promisify(execFile);
const textOf = (html: string, testId: string) => {
  const match = new RegExp(`data-testid="${testId}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
};

describe("the page follows data/", () => {
  it("shows a different score and gap after one value in data/ changes", async () => {
    // Feb 2019: "4 points short" (8/16) becomes 9/16; nothing in app/ or components/ changes.
    const directory = materializeFixture({ patch: [{ file: "assessments.json", op: "replace", path: "/5/total/points", value: 9 }] });
    const distDir = ".tmp/next-changed-data";
    await run("npx", ["next", "build"], { env: { ...process.env, OGP_DATA_DIR: directory, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 16 * 1024 * 1024 });
    const changed = readFileSync(join(distDir, "en/index.html"), "utf8");
    expect(textOf(changed, "score-value")).toContain("score: 9 of 16");
    expect(textOf(changed, "gap")).toContain("3 points short");
    const vietnamese = readFileSync(join(distDir, "vi/index.html"), "utf8");
    expect(textOf(vietnamese, "gap")).toContain("Còn thiếu 3 điểm");
  }, 180_000);
});
