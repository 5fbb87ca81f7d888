import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { parseCsv, recordsToCsv } from "@/lib/export/csv";
import { datasetTables } from "@/lib/export/dataset-tables";
import { badDataFixtures, materializeFixture } from "../data/bad-data-fixtures";

// A formula in the data (tests/fixtures/bad-data/formula-in-source-title.json) against every export: the scripts that
// write the CSV and JSON downloads, the JSON API, the BibTeX citation and the PDF brief refuse the data and write
// nothing; and where the site writes such text itself, the CSV cell is defused.
const formula = '=HYPERLINK("http://evil.example","x")';
const fixture = badDataFixtures().find((candidate) => candidate.name === "formula-in-source-title")!;
const dataDir = materializeFixture(fixture);
const outDir = mkdtempSync(join(tmpdir(), "ogp-exports-"));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const filesIn = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesIn(join(dir, entry.name)) : [entry.name]));

describe("a formula in data/ reaches no export", () => {
  mkdirSync(join(outDir, "vi"), { recursive: true });
  writeFileSync(join(outDir, "vi", "index.html"), "<!doctype html><title>stub</title>"); // what build-exports checks for
  for (const [what, script] of [
    ["CSV, JSON downloads, JSON API and BibTeX (scripts/build-exports.ts)", "scripts/build-exports.ts"],
    ["the PDF brief (scripts/build-brief.tsx)", "scripts/build-brief.tsx"],
  ] as const) {
    it(`${what}: stops with file and JSON path, writes nothing`, () => {
      const run = spawnSync(join("node_modules", ".bin", "tsx"), [script], { env: { ...process.env, OGP_DATA_DIR: dataDir, OUT_DIR: outDir }, encoding: "utf8" });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain(fixture.expect[0]);
      expect(filesIn(outDir).filter((name) => /\.(csv|json|bib|pdf)$/.test(name))).toEqual([]);
    }, 60_000);
  }
});

describe("had the check been skipped", () => {
  it("the sources CSV would defuse the cell", () => {
    const dataset = loadDataset();
    const tainted = { ...dataset, sources: dataset.sources.map((source, index) => (index === 0 ? { ...source, title: formula } : source)) };
    const sources = datasetTables("sources", tainted).find((table) => table.name === "sources")!;
    const rows = parseCsv(recordsToCsv(sources.records));
    const titleColumn = rows[0].indexOf("title");
    expect(rows[1][titleColumn]).toBe(`'${formula}`);
  });
});
