import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, parseCsv, recordsToCsv, toCsv } from "@/lib/export/csv";

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
  it("parses back what it writes, for any text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 2, maxLength: 2 }), { minLength: 1 }), (rows) => {
        expect(parseCsv(toCsv(["x", "y"], rows))).toEqual([["x", "y"], ...rows]);
      }),
    );
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
