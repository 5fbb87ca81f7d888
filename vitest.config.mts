import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 60_000,
    // Vitest's default on two cores is one worker (cores − 1): the files that wait on a build or a CLI they spawned
    // would leave the other core idle.
    maxWorkers: 2,
    server: { deps: { inline: ["next-intl"] } },
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "reports/coverage",
    },
  },
});
