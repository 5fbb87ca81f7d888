import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The file that runs `next build` on fixture data (about 22 s alone) starts first: in a fresh clone Vitest has no
 * timings yet and starts the largest files first, which left that build for last, running alone at the end while the
 * other core idled.
 */
class BuildFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const runsBuild = (file: TestSpecification) => file.moduleId.endsWith("/page-follows-data.test.ts");
    return [...sorted.filter(runsBuild), ...sorted.filter((file) => !runsBuild(file))];
  }
}

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 60_000,
    // Vitest's default on two cores is one worker (cores − 1): the files that wait on a build or a CLI they spawned
    // would leave the other core idle.
    maxWorkers: 2,
    // A worker runs file after file instead of a new process per file: the packages (zod, React, next-intl's
    // dependencies) are loaded once per worker, not once per file. The files without a build went from 75 to 36 CPU-s
    // (39 → 19 s), the same tests passing in any order (--sequence.shuffle). Our own modules are still evaluated per
    // file, so a vi.mock stays in its file; lib/ is pure and data/ is only read (a test that sets an environment
    // variable restores it in `finally`).
    isolate: false,
    sequence: { sequencer: BuildFirst },
    server: { deps: { inline: ["next-intl"] } },
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "reports/coverage",
    },
  },
});
