import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type PatchOperation = { file: string; op: "replace" | "remove" | "add"; path: string; value?: unknown };
export type BadDataFixture = { name: string; description: string; patch?: PatchOperation[]; raw?: { file: string; text: string }; expect: string[] };

const fixturesDir = join(process.cwd(), "tests/fixtures/bad-data");

export const badDataFixtures = (): BadDataFixture[] =>
  readdirSync(fixturesDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({ name: file.replace(/\.json$/, ""), ...JSON.parse(readFileSync(join(fixturesDir, file), "utf8")) }));

/** Applies one JSON-Patch-style operation (RFC 6902 subset: replace, remove, add with "-" for append). */
const applyOperation = (document: unknown, operation: PatchOperation) => {
  const keys = operation.path.split("/").slice(1).map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, document as Record<string, unknown>);
  if (operation.op === "remove") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (operation.op === "add" && Array.isArray(parent)) {
    if (last === "-") parent.push(operation.value);
    else parent.splice(Number(last), 0, operation.value);
  } else {
    parent[last] = operation.value;
  }
};

/** A copy of data/ with the fixture's change applied, in a fresh temporary folder. */
export const materializeFixture = (fixture: Pick<BadDataFixture, "patch" | "raw">, base = join(process.cwd(), "data")) => {
  const directory = mkdtempSync(join(tmpdir(), "ogp-data-"));
  mkdirSync(directory, { recursive: true });
  cpSync(base, directory, { recursive: true });
  for (const operation of fixture.patch ?? []) {
    const path = join(directory, operation.file);
    const document = JSON.parse(readFileSync(path, "utf8"));
    applyOperation(document, operation);
    writeFileSync(path, JSON.stringify(document, null, 2));
  }
  if (fixture.raw) writeFileSync(join(directory, fixture.raw.file), fixture.raw.text);
  return directory;
};

/**
 * `next build` of the dashboard route alone (both languages): what a test on fixture data reads, or where bad data
 * must stop the build. A whole build (130 pages) took 100–180 s of the unit tests on two cores; this one about a third.
 */
export const dashboardBuildArgs = ["next", "build", "--debug-build-paths", "app/[[]locale]/page.tsx"];
