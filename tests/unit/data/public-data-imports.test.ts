import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataFileText } from "@/scripts/import/data-files";
import { inputsFileSchema } from "@/lib/schemas/inputs";
import { peersFileSchema } from "@/lib/schemas/peers";
import { CivilLibertiesFormatError, mergeCivilLiberties, readCivilLibertiesRows } from "@/lib/data/eiu-civil-liberties";
import { AvailabilityFormatError, mergeAvailability, readAvailabilitySheet } from "@/lib/data/obs-availability";
import type { DemocracyIndexEdition, OpenBudgetSurveyRound } from "@/lib/schemas/inputs";

const header = ["country", "Pre-Budget Statement", "Executive's Budget Proposal", "Citizens Budget", "Enacted Budget", "In-Year Reports", "Mid-Year Review", "Year-End Report", "Audit Report"];
const round = (country: string, year: number, extra: Partial<OpenBudgetSurveyRound> = {}): OpenBudgetSurveyRound => ({
  country, round: year, released: null, transparency: null, participation: null, legislativeOversight: null, auditOversight: null, oversight: null, rank: null, executiveBudgetProposal: null, auditReport: null, sources: ["old"], ...extra,
});

describe("IBP's availability workbook", () => {
  it("reads OBS's codes for the budget proposal and the audit report in OBS's own terms", () => {
    const rows = readAvailabilitySheet("2015", [header, ["Vietnam", "PW", "IU", "PW", "PW", "PW", "NP", "PW", "PL"], ["Thailand", "PW", "HC", "PW", "PW", "PW", "NP", "PW", "SC"], ["", "", "", "", "", "", "", "", ""]]);
    expect(rows).toEqual([
      { round: 2015, countryName: "Vietnam", executiveBudgetProposal: "internal-only", auditReport: "published-late" },
      { round: 2015, countryName: "Thailand", executiveBudgetProposal: "hard-copy-only", auditReport: "hard-copy-only" },
    ]);
    expect(readAvailabilitySheet("raw 2019", [header])).toEqual([]);
  });
  it("refuses a code the codebooks do not define, naming sheet, row and column", () => {
    expect(() => readAvailabilitySheet("2019", [header, ["Vietnam", "PW", "XX", "PW", "PW", "PW", "NP", "PW", "PW"]])).toThrow(new AvailabilityFormatError('sheet 2019, row 2, column "Executive\'s Budget Proposal": expected one of PW, HC, SC, PL, IU, NP, found "XX"'));
    expect(() => readAvailabilitySheet("2019", [["country", "EBP"]])).toThrow(AvailabilityFormatError);
  });
  it("updates the rounds we hold, adds the ones we lack dated like another country's copy, and skips countries we do not list", () => {
    const merged = mergeAvailability(
      { inputs: [round("VN", 2019, { released: "2020-04-29", sources: ["ideas"] })], peers: [round("TH", 2019)] },
      [
        { round: 2019, countryName: "Vietnam", executiveBudgetProposal: "published", auditReport: "published" },
        { round: 2019, countryName: "Thailand", executiveBudgetProposal: "published", auditReport: "published-late" },
        { round: 2019, countryName: "Indonesia", executiveBudgetProposal: "published", auditReport: "published" },
        { round: 2019, countryName: "Albania", executiveBudgetProposal: "published", auditReport: "published" },
      ],
      [{ code: "VN", name: "Vietnam" }, { code: "TH", name: "Thailand" }, { code: "ID", name: "Indonesia" }],
      "workbook",
    );
    expect(merged.peers[0]).toMatchObject({ country: "TH", executiveBudgetProposal: "published", auditReport: "published-late", sources: ["old", "workbook"] });
    expect(merged.inputs.find((entry) => entry.country === "ID")).toMatchObject({ released: "2020-04-29", executiveBudgetProposal: "published", sources: ["workbook", "ideas"] });
    expect(merged.inputs.some((entry) => entry.country === "AL")).toBe(false);
    expect([merged.added, merged.changed]).toEqual([1, 2]);
  });
});

describe("Our World in Data's civil-liberties file", () => {
  const csv = [["Entity", "Code", "Year", "Civil liberties", "World region according to OWID"], ["Vietnam", "VNM", "2016", "2.94", ""], ["Thailand", "THA", "2016", "5.29", ""], ["Brunei", "BRN", "2023", "", "Asia"]];
  it("reads scores and skips region labels with no score", () => {
    expect(readCivilLibertiesRows(csv)).toEqual([{ entity: "Vietnam", year: 2016, civilLiberties: 2.94 }, { entity: "Thailand", year: 2016, civilLiberties: 5.29 }]);
    expect(() => readCivilLibertiesRows([["Entity", "Year"]])).toThrow(CivilLibertiesFormatError);
    expect(() => readCivilLibertiesRows([csv[0], ["Vietnam", "VNM", "2016", "12", ""]])).toThrow(CivilLibertiesFormatError);
  });
  it("adds an edition we lack dated like Vietnam's copy, and corrects one that differs from the file", () => {
    const vietnam: DemocracyIndexEdition = { country: "VN", year: 2016, published: "2017-01-25", overall: 3.38, civilLiberties: 2.9, sources: ["eiu-democracy-index-csv", "dates"], civilLibertiesSources: ["typed"] };
    const merged = mergeCivilLiberties([vietnam], readCivilLibertiesRows(csv), [{ code: "VN", name: "Vietnam" }, { code: "TH", name: "Thailand" }], "owid", 2008);
    expect(merged.editions[0]).toMatchObject({ civilLiberties: 2.94, civilLibertiesSources: ["typed", "owid"] });
    expect(merged.editions[1]).toEqual({ country: "TH", year: 2016, published: "2017-01-25", overall: null, civilLiberties: 5.29, sources: ["dates"], civilLibertiesSources: ["owid"] });
    expect([merged.added, merged.changed]).toEqual([1, 1]);
  });
});

describe("the data files the importers write", () => {
  // A hand edit that puts a key elsewhere than the schema does would make the next re-run of an importer rewrite lines
  // it did not change (Tunisia's rescoredOnOtherEvidence did): the files stay in the importers' own format.
  const written = { "inputs.json": (value: unknown) => dataFileText(inputsFileSchema, inputsFileSchema.parse(value)), "peers.json": (value: unknown) => dataFileText(peersFileSchema, peersFileSchema.parse(value)) };
  for (const [file, write] of Object.entries(written)) {
    it(`data/${file} is already as npm run import:obs and import:eiu write it, so a re-run with the same public file changes nothing`, () => {
      const text = readFileSync(`data/${file}`, "utf8");
      expect(write(JSON.parse(text))).toBe(text);
    });
  }
});
