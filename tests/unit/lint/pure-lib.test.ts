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

describe("links do not prefetch pages the reader did not open (ESLint)", () => {
  it("rejects a <Link> without prefetch", async () => {
    expect(await ruleIds(`import Link from "next/link";\nexport function A() { return <Link href="/vi/">x</Link>; }\n`, "components/layout/example.tsx")).toContain("no-restricted-syntax");
  });
  it("accepts <Link prefetch={false}>", async () => {
    expect(await ruleIds(`import Link from "next/link";\nexport function A() { return <Link prefetch={false} href="/vi/">x</Link>; }\n`, "components/layout/example.tsx")).not.toContain("no-restricted-syntax");
  });
});
