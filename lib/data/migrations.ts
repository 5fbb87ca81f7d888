// Frozen releases (data/releases/<id>/) never change after publication, but the schemas move on. Each step here
// turns a release written for an older schema into the current shape, so old pinned embeds keep building and are
// validated exactly like data/. release.json names its schema version; a release without one is version 1.
import type { DatasetFileName } from "../schemas/dataset";

export const CURRENT_SCHEMA_VERSION = 2;

type RawDataset = Record<DatasetFileName, unknown>;

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (value: number) => String(value).padStart(2, "0");
const monthOf = (word: string) => {
  const index = months.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
};

/**
 * Version 1 stored a source's date as the page wrote it ("Updated May 26, 2023", "01 June 2018", "Aug 2011",
 * "late 2017"). Reads such a text into a partial date, as precise as it is; null when it is not a date.
 */
export const parseStatedDate = (text: string | null): { date: string | null; dateKind: "published" | "updated" } => {
  if (text === null) return { date: null, dateKind: "published" };
  const updated = /^updated\s+/i.test(text);
  const rest = text.replace(/^(updated|late|early|mid)\s+/i, "").trim();
  const dateKind = updated ? "updated" : "published";
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(rest))) return { date: match[1], dateKind };
  if ((match = /^([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(rest)) && monthOf(match[1])) return { date: `${match[3]}-${pad(monthOf(match[1])!)}-${pad(Number(match[2]))}`, dateKind };
  if ((match = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(rest)) && monthOf(match[2])) return { date: `${match[3]}-${pad(monthOf(match[2])!)}-${pad(Number(match[1]))}`, dateKind };
  if ((match = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(rest)) && monthOf(match[1])) return { date: `${match[2]}-${pad(monthOf(match[1])!)}`, dateKind };
  return { date: null, dateKind };
};

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

const v1ToV2 = (raw: RawDataset): RawDataset => {
  const sources = Array.isArray(raw["sources.json"])
    ? raw["sources.json"].map((source) => {
        if (!isRecord(source) || "dateKind" in source) return source;
        const stated = typeof source.date === "string" ? source.date : null;
        return { ...source, ...parseStatedDate(stated), dateAsStated: stated };
      })
    : raw["sources.json"];
  const release = isRecord(raw["release.json"]) ? { ...raw["release.json"], schemaVersion: 2 } : raw["release.json"];
  return { ...raw, "sources.json": sources, "release.json": release };
};

const steps: Record<number, (raw: RawDataset) => RawDataset> = { 1: v1ToV2 };

/** The schema version a raw release says it was written for (1 when release.json does not say). */
export const schemaVersionOf = (raw: RawDataset) => {
  const release = raw["release.json"];
  return isRecord(release) && typeof release.schemaVersion === "number" ? release.schemaVersion : 1;
};

/** Brings a raw dataset of any earlier schema version to the current one; current data passes through unchanged. */
export const migrateToCurrent = (raw: RawDataset): RawDataset => {
  let version = schemaVersionOf(raw);
  let migrated = raw;
  while (version < CURRENT_SCHEMA_VERSION && steps[version]) {
    migrated = steps[version](migrated);
    version += 1;
  }
  return migrated;
};
