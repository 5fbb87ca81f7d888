import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|css)$/.test(name) ? [path] : [];
  });

// Figures of the scorecard live in data/ and reach pages through lib/. These patterns are how a score,
// a pass mark or a year would look if someone typed it into a page or component.
const scoreLiteral = /\b\d{1,2}\s*\/\s*(16|12)\b|\b75\s?%|\bpassMarkPercent\s*[:=]\s*\d|\b(19|20)\d{2}\b(?![\w-])/;

describe("no scorecard figure is written in app/ or components/", () => {
  it("finds no score, pass mark or year literal outside data/", () => {
    const offending = ["app", "components"].flatMap(sourceFiles).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, index) => ({ file, line: index + 1, text: line }))
        // unicode-range lists code points (U+2020 is †), not figures
        .filter(({ text }) => scoreLiteral.test(text) && !/^\s*(\/\/|\*|\/\*|unicode-range:)/.test(text)),
    );
    expect(offending).toEqual([]);
  });
});
