import { describe, expect, it } from "vitest";
import { frozenReleaseIds, loadDataset, loadRelease, readRawDataset, releasesDirectory } from "@/lib/data/read-dataset";
import { CURRENT_SCHEMA_VERSION, migrateToCurrent, parseStatedDate, schemaVersionOf } from "@/lib/data/migrations";
import { join } from "node:path";

describe("dates as pages state them (schema version 1)", () => {
  it.each([
    ["Updated May 26, 2023", "2023-05-26", "updated"],
    ["01 June 2018", "2018-06-01", "published"],
    ["22 Dec 2014", "2014-12-22", "published"],
    ["Aug 2011", "2011-08", "published"],
    ["March 2019", "2019-03", "published"],
    ["2014", "2014", "published"],
    ["late 2017", "2017", "published"],
  ])("%s → %s (%s)", (text, date, kind) => {
    expect(parseStatedDate(text)).toEqual({ date, dateKind: kind });
  });
  it("gives no date for text that is not one, and for none", () => {
    expect(parseStatedDate("sometime").date).toBeNull();
    expect(parseStatedDate("Smarch 2019").date).toBeNull();
    expect(parseStatedDate(null).date).toBeNull();
  });
});

describe("frozen releases", () => {
  it("current data is already at the current schema version and passes through unchanged", () => {
    const { raw } = readRawDataset();
    expect(schemaVersionOf(raw)).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrateToCurrent(raw)).toBe(raw);
  });
  it("every frozen release loads (migrated if older) and keeps its own id and sources", () => {
    expect(frozenReleaseIds().length).toBeGreaterThan(0);
    for (const id of frozenReleaseIds()) {
      const { raw } = readRawDataset(join(releasesDirectory(), id));
      const release = loadRelease(id);
      expect(release.release.id).toBe(id);
      expect(release.sources.map((source) => source.id)).toEqual((raw["sources.json"] as Array<{ id: string }>).map((source) => source.id));
    }
  });
  it("the first release's sources keep their stated dates and gain structured ones", () => {
    const first = loadRelease("2026-11-23");
    const ogp2023 = first.sources.find((source) => source.id === "ogp-eligibility-2023");
    expect(ogp2023).toMatchObject({ date: "2023-05-26", dateKind: "updated", dateAsStated: "Updated May 26, 2023" });
    expect(loadDataset().sources.find((source) => source.id === "ogp-eligibility-2023")?.date).toBe("2023-05-26");
  });
});
