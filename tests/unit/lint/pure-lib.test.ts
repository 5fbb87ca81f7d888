import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();
const ruleIds = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((result) => result.messages.map((message) => message.ruleId));

describe("lib/ stays pure (ESLint)", () => {
  for (const forbidden of ["react", "next/navigation", "next-intl", "node:fs", "@/components/score/score-summary"]) {
    it(`rejects importing ${forbidden} in lib/scoring`, async () => {
      expect(await ruleIds(`import "${forbidden}";\nexport const x = 1;\n`, "lib/scoring/example.ts")).toContain("no-restricted-imports");
    });
  }
  it("allows zod and other lib/ modules", async () => {
    expect(await ruleIds(`import { z } from "zod";\nimport { pick } from "../format/localized";\nexport const x = [z, pick];\n`, "lib/scoring/example.ts")).not.toContain("no-restricted-imports");
  });
});
