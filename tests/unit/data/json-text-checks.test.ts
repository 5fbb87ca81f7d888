import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataLimits, parseDataFile, textProblems } from "@/lib/data/json-text-checks";
import { formatProblem } from "@/lib/data/problems";
import { frozenReleaseIds, loadRelease, readRawDataset } from "@/lib/data/read-dataset";
import { validateDataset } from "@/lib/data/validate-dataset";

const messages = (file: string, text: string) => parseDataFile(file, text).problems.map(formatProblem);

describe("reading a data file", () => {
  it("names a trailing comma as such, at the comma, in an object or a list", () => {
    expect(messages("x.json", '{\n  "a": 1,\n  "b": [1, 2,]\n}')).toEqual([
      'data/x.json → line 3, column 13: expected another item after this comma, or no comma before "]" (JSON allows no comma after the last item), found "]"',
    ]);
    expect(messages("x.json", '{\n  "a": 1,\n}')[0]).toMatch(/^data\/x\.json → line 2, column 9: expected another item after this comma/);
  });

  it("reports a byte-order mark in plain words and still checks the rest", () => {
    const result = parseDataFile("x.json", '\uFEFF{"a": 1}');
    expect(result.problems.map(formatProblem)).toEqual(["data/x.json → line 1, column 1: expected the JSON text to start the file, found a byte-order mark (U+FEFF) before it; save the file as UTF-8 without BOM"]);
    expect(result.value).toEqual({ a: 1 });
  });

  it("rejects a key given twice in the same object, naming both places; the same key in two objects is fine", () => {
    const text = '[\n  { "id": "a", "title": "x" },\n  { "id": "b",\n    "title": "y",\n    "title": "z" }\n]';
    expect(messages("x.json", text)).toEqual(['data/x.json → $[1].title (line 5, column 5): expected each key once per object (JSON keeps only the last; the first is at line 4, column 5), found "title" again']);
    expect(messages("x.json", '{"a": {"b": 1}, "c": {"b": 2}}')).toEqual([]);
  });

  it("explains other syntax errors where they are", () => {
    expect(messages("x.json", '{"a" 1}')).toEqual(['data/x.json → line 1, column 6: expected a ":" after the key, found "1}"']);
    expect(messages("x.json", '{"a": 1} // note')).toEqual(['data/x.json → line 1, column 10: expected no comments (JSON has none), found "// note"']);
    expect(messages("x.json", '{"a": NaN}')[0]).toMatch(/line 1, column 7: expected a JSON value or punctuation, found "NaN}"/);
  });

  it("refuses a file over the size limit before parsing it", () => {
    const big = `{"a": "${"x".repeat(dataLimits.fileBytes)}"}`;
    expect(messages("x.json", big)).toEqual(["data/x.json → $: expected a file of at most 1 MB, found 1.0 MB"]);
  });
});

describe("text in the data", () => {
  it("rejects blank text anywhere, and invisible or direction-changing characters, naming the character", () => {
    const problems = textProblems("sources.json", [{ title: "  ", note: { vi: "Tiếng Việt có dấu", en: "safe\u202Eevil" } }, { publisher: "a\u200Bb", x: ["ok", "\u2066x", "\u{E0041}tag"] }]).map(formatProblem);
    expect(problems).toEqual([
      'data/sources.json → $[0].title: expected a text with visible characters (or null where the field allows no value), found "  "',
      'data/sources.json → $[0].note.en: expected text without invisible or direction-changing control characters, found U+202E RIGHT-TO-LEFT OVERRIDE at character 5 of "safe\u202Eevil"',
      'data/sources.json → $[1].publisher: expected text without invisible or direction-changing control characters, found U+200B ZERO WIDTH SPACE at character 2 of "a\u200Bb"',
      'data/sources.json → $[1].x[1]: expected text without invisible or direction-changing control characters, found U+2066 LEFT-TO-RIGHT ISOLATE at character 1 of "\u2066x"',
      'data/sources.json → $[1].x[2]: expected text without invisible or direction-changing control characters, found U+E0041 INVISIBLE FORMAT CHARACTER at character 1 of "\u{E0041}tag"',
    ]);
    expect(textProblems("x.json", { a: "Line one\nline two\tand a tab", b: "Bộ Tài chính — “trích dẫn” …" })).toEqual([]);
  });

  it("sets sane limits: a 50 MB text, 200,000 sources", () => {
    expect(textProblems("sources.json", [{ title: "x".repeat(dataLimits.stringLength + 1) }]).map(formatProblem)).toEqual([`data/sources.json → $[0].title: expected a text of at most ${dataLimits.stringLength} characters, found ${dataLimits.stringLength + 1} characters`]);
    const many = Array.from({ length: 200_000 }, (_, index) => ({ id: `s-${index}` }));
    expect(textProblems("sources.json", many).map(formatProblem)).toEqual([`data/sources.json → $: expected a list of at most ${dataLimits.arrayItems} items, found 200000 items`]);
  });
});

/** A copy of data/ as parsed, to change before validating; and what validation says about it. */
const raw = () => structuredClone(readRawDataset().raw) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const problemsOf = (data: Record<string, unknown>) => {
  const result = validateDataset(data as never);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe("text a spreadsheet would run as a formula", () => {
  it("refuses a text beginning with =, +, -, @, a tab or a carriage return, anywhere, naming file and path", () => {
    for (const [lead, why] of [["=", '"="'], ["+", '"+"'], ["-", '"-"'], ["@", '"@"'], ["\t", "a tab"], ["\r", "a carriage return"]]) {
      // (a carriage return is also an invisible control character, reported as such beside this)
      expect(textProblems("sources.json", [{ publisher: `${lead}SUM(1+1)` }]).map(formatProblem), lead).toContain(
        `data/sources.json → $[0].publisher: expected a text that does not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula), found ${JSON.stringify(`${lead}SUM(1+1)`)} (begins with ${why})`,
      );
    }
  });
  it("allows a negative number written as text, and a formula character later in the text", () => {
    for (const text of ["-3", "-0.5", "+1.5", "1+1=2", "a@b", "x - y"]) expect(textProblems("inputs.json", { note: text }), text).toEqual([]);
  });
  it("allows a list dash in prose the schema marks as such (a derivation), not in a title", () => {
    const data = raw();
    const index = data["assessments.json"].findIndex((assessment: { total?: { derivation?: unknown } }) => assessment.total?.derivation);
    const derivation = data["assessments.json"][index].total!.derivation!;
    derivation.en = "- 4 points short of 12 in late 2017";
    expect(problemsOf(data)).toEqual([]);
    derivation.en = "-4 points";
    data["assessments.json"][index].label.vi = "- Đánh giá";
    const problems = problemsOf(data);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^data/assessments\\.json → \\$\\[${index}\\]\\.total\\.derivation\\.en: expected a text that does not begin with .*; "- " before prose is allowed here, found "-4 points"`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^data/assessments\\.json → \\$\\[${index}\\]\\.label\\.vi: expected a text that does not begin with .*formula\\), found "- Đánh giá"`)));
  });
});

describe("dates against the release date", () => {

  it("refuses an official assessment or an ordinary timeline event dated after the release", () => {
    const data = raw();
    const release = data["release.json"].id as string;
    const official = data["assessments.json"].findIndex((a: { status: string }) => a.status !== "projection" && a.status !== "scenario");
    data["assessments.json"][official].date = "2099-01";
    data["assessments.json"][official].status = "official";
    const event = data["timeline.json"].findIndex((e: { assessmentId?: string }) => !e.assessmentId);
    data["timeline.json"][event].date = "2099";
    const problems = problemsOf(data);
    expect(problems).toContain(`data/assessments.json → $[${official}].date: expected a date on or before the release date ${release} (only a projection may be dated later), found "2099-01" with status "official"`);
    expect(problems).toContain(`data/timeline.json → $[${event}].date: expected a date on or before the release date ${release} (a timeline event has happened; only one reporting a projection may be dated later), found "2099"`);
  });

  it("lets a projection point to the future, and the timeline event that reports it", () => {
    const data = raw();
    const projection = data["assessments.json"].findIndex((a: { status: string }) => a.status === "projection");
    data["assessments.json"][projection].date = "2030";
    const event = data["timeline.json"].findIndex((e: { assessmentId?: string }) => e.assessmentId === data["assessments.json"][projection].id);
    data["timeline.json"][event].date = "2030";
    expect(problemsOf(data)).toEqual([]);
  });

  it("refuses a source, a survey round, a rating and an adopted law dated after the release; a law may come into force later", () => {
    const data = raw();
    const release = data["release.json"].id as string;
    data["sources.json"][0].date = "2031-02";
    data["inputs.json"].openBudgetSurvey[0].round = 2031;
    data["inputs.json"].rtiRating[0].date = "2031";
    // A law with no later date of its own to contradict (the schema checks those), and another coming into force later.
    const laws: Array<{ until?: string | null }> = data["inputs.json"].laws;
    const adopted = laws.findIndex((law) => !law.until);
    const inForce = laws.findIndex((law, index) => index !== adopted && !law.until);
    data["inputs.json"].laws[adopted].adopted = "2031-01-01";
    data["inputs.json"].laws[adopted].inForce = null;
    data["inputs.json"].laws[inForce].inForce = "2031-01-01";
    const problems = problemsOf(data);
    expect(problems).toContain(`data/sources.json → $[0].date: expected a date on or before the release date ${release} (a source cannot be newer than the release that cites it), found "2031-02"`);
    expect(problems.some((p) => p.startsWith("data/inputs.json → $.openBudgetSurvey[0].round: expected a date on or before the release date"))).toBe(true);
    expect(problems.some((p) => p.startsWith("data/inputs.json → $.rtiRating[0].date: expected a date on or before"))).toBe(true);
    expect(problems.some((p) => p.startsWith(`data/inputs.json → $.laws[${adopted}].adopted: expected a date on or before`))).toBe(true);
    expect(problems.some((p) => p.includes(`laws[${inForce}].inForce`)), problems.join("\n")).toBe(false);
  });

  it("compares a partial date by its first day: 2026 is not after 2026-11-23, 2026-12 is", () => {
    const data = raw();
    data["release.json"].researchedOn = "2026";
    data["release.json"].id = "2026-11-23";
    data["release.json"].publishedOn = "2026-12";
    expect(problemsOf(data)).toEqual(['data/release.json → $.publishedOn: expected a date on or before the release date 2026-11-23 (the release is published on its date), found "2026-12"']);
  });
});

describe("frozen releases", () => {
  it("are validated by npm run data:check, and a problem names data/releases/<id>/<file>", () => {
    const id = frozenReleaseIds().at(-1)!;
    const releases = mkdtempSync(join(tmpdir(), "ogp-releases-"));
    try {
      cpSync(join("data", "releases"), releases, { recursive: true });
      const file = join(releases, id, "sources.json");
      writeFileSync(file, readFileSync(file, "utf8").replace(/"title": "[^"]*"/, '"title": "\u202Eevil"'));
      const result = spawnSync("npx", ["tsx", "scripts/check-data.ts"], { encoding: "utf8", env: { ...process.env, OGP_RELEASES_DIR: releases } });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`data/releases/${id}/sources.json → $[0].title: expected text without invisible or direction-changing control characters, found U+202E RIGHT-TO-LEFT OVERRIDE`);
      // The build reads the same release for pinned embeds and names the same file.
      process.env.OGP_RELEASES_DIR = releases;
      expect(() => loadRelease(id)).toThrow(`data/releases/${id}/sources.json → $[0].title`);
    } finally {
      delete process.env.OGP_RELEASES_DIR;
      rmSync(releases, { recursive: true, force: true });
    }
  });

  it("must carry the id of its folder", () => {
    const id = frozenReleaseIds().at(-1)!;
    const releases = mkdtempSync(join(tmpdir(), "ogp-releases-"));
    try {
      cpSync(join("data", "releases", id), join(releases, "2026-01-01"), { recursive: true });
      const result = spawnSync("npx", ["tsx", "scripts/check-data.ts"], { encoding: "utf8", env: { ...process.env, OGP_RELEASES_DIR: releases } });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`data/releases/2026-01-01/release.json → $.id: expected "2026-01-01" (the name of its folder), found "${id}"`);
    } finally {
      rmSync(releases, { recursive: true, force: true });
    }
  });
});
