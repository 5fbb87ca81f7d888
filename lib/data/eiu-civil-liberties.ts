// Our World in Data's "Civil liberties (EIU)" chart data (one row per country and edition) into the civil-liberties
// scores the eligibility engine reads. Pure: the import script hands it the parsed rows.
import type { DemocracyIndexEdition } from "../schemas/inputs";

export type CivilLibertiesRow = { entity: string; year: number; civilLiberties: number };

export class CivilLibertiesFormatError extends Error {}

/** Rows of the CSV (first row = headers: Entity, Code, Year, Civil liberties, …) into scores; fails on a changed layout. */
export const readCivilLibertiesRows = (rows: ReadonlyArray<ReadonlyArray<string>>): CivilLibertiesRow[] => {
  const [header, ...body] = rows;
  const column = (name: string) => {
    const index = (header ?? []).indexOf(name);
    if (index < 0) throw new CivilLibertiesFormatError(`expected a column "${name}" in row 1, found ${JSON.stringify(header)}`);
    return index;
  };
  const entity = column("Entity");
  const year = column("Year");
  const score = column("Civil liberties");
  // A row with an empty score is a region label, not a country's edition (OWID lists "Brunei, 2023, Asia" that way).
  return body.filter((row) => (row[score] ?? "").trim() !== "").map((row, index) => {
    const value = Number(row[score]);
    const edition = Number(row[year]);
    if (!Number.isFinite(value) || value < 0 || value > 10 || !Number.isInteger(edition)) {
      throw new CivilLibertiesFormatError(`row ${index + 2}: expected a year and a score from 0 to 10, found ${JSON.stringify(row)}`);
    }
    return { entity: row[entity], year: edition, civilLiberties: value };
  });
};

/** Country names as Our World in Data writes them, where they differ from ours. */
const owidNames: Record<string, string> = { "East Timor": "TL", "South Korea": "KR", Vietnam: "VN" };

export type CivilLibertiesMerge = { editions: DemocracyIndexEdition[]; added: number; changed: number };

/**
 * Writes the file's scores into the editions we keep, for the countries we list: an edition we hold gets the file's
 * score and its source; one we do not hold is added, dated like Vietnam's copy of the same edition (the EIU publishes
 * every country in one report) and citing where that date comes from.
 */
export const mergeCivilLiberties = (
  existing: ReadonlyArray<DemocracyIndexEdition>,
  rows: ReadonlyArray<CivilLibertiesRow>,
  countries: ReadonlyArray<{ code: string; name: string }>,
  sourceId: string,
  fromYear: number,
): CivilLibertiesMerge => {
  const codeOf = new Map<string, string>([...countries.map((country) => [country.name, country.code] as const), ...Object.entries(owidNames)]);
  const listed = new Set(countries.map((country) => country.code));
  const editions = existing.map((edition) => ({ ...edition, civilLibertiesSources: [...edition.civilLibertiesSources] }));
  let added = 0;
  let changed = 0;
  for (const row of rows) {
    const code = codeOf.get(row.entity);
    if (!code || !listed.has(code) || row.year < fromYear) continue;
    const held = editions.find((edition) => edition.country === code && edition.year === row.year);
    if (held) {
      if (held.civilLiberties !== row.civilLiberties || !held.civilLibertiesSources.includes(sourceId)) changed += 1;
      held.civilLiberties = row.civilLiberties;
      if (!held.civilLibertiesSources.includes(sourceId)) held.civilLibertiesSources.push(sourceId);
      continue;
    }
    const reference = editions.find((edition) => edition.country === "VN" && edition.year === row.year);
    const dateSources = reference ? reference.sources.filter((id) => id !== "eiu-democracy-index-csv") : [];
    editions.push({
      country: code,
      year: row.year,
      published: reference?.published ?? null,
      ...(reference?.publishedBy ? { publishedBy: reference.publishedBy } : {}),
      overall: null,
      civilLiberties: row.civilLiberties,
      // The date's sources (the overall score of Vietnam's row is not this country's).
      sources: dateSources.length > 0 ? dateSources : [sourceId],
      civilLibertiesSources: [sourceId],
    });
    added += 1;
  }
  return { editions, added, changed };
};
