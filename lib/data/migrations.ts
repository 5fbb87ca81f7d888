// Frozen releases (data/releases/<id>/) never change after publication, but the schemas move on. Each step here
// turns a release written for an older schema into the current shape, so old pinned embeds keep building and are
// validated exactly like data/. release.json names its schema version; a release without one is version 1.
import type { DatasetFileName } from "../schemas/dataset";

export const CURRENT_SCHEMA_VERSION = 3;

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

const mapRecords = (list: unknown, change: (record: Record<string, unknown>) => Record<string, unknown>) =>
  Array.isArray(list) ? list.map((record) => (isRecord(record) ? change(record) : record)) : list;

const v1ToV2 = (raw: RawDataset): RawDataset => {
  const sources = Array.isArray(raw["sources.json"])
    ? raw["sources.json"].map((source) => {
        if (!isRecord(source) || "dateKind" in source) return source;
        const stated = typeof source.date === "string" ? source.date : null;
        return { ...source, ...parseStatedDate(stated), dateAsStated: stated };
      })
    : raw["sources.json"];
  const release = isRecord(raw["release.json"]) ? { ...raw["release.json"], schemaVersion: 2 } : raw["release.json"];
  // rules.json was the list of rule versions; version 2 adds the open questions (none in a version 1 release, which
  // predates the eligibility engine) and the first data year each version scored.
  const rules = Array.isArray(raw["rules.json"])
    ? {
        versions: raw["rules.json"].map((version) =>
          isRecord(version) && typeof version.inForceFrom === "string" ? { ...version, firstDataYear: Number(version.inForceFrom.slice(0, 4)) } : version,
        ),
        questions: [],
      }
    : raw["rules.json"];
  const inputs = isRecord(raw["inputs.json"])
    ? {
        ...raw["inputs.json"],
        openBudgetSurvey: mapRecords(raw["inputs.json"].openBudgetSurvey, (round) => ({ ...round, released: null })),
        democracyIndex: mapRecords(raw["inputs.json"].democracyIndex, (edition) => ({
          country: "VN",
          ...edition,
          published: null,
          civilLibertiesSources: edition.civilLiberties === null || edition.civilLiberties === undefined ? [] : edition.sources,
        })),
        // Version 1 laws were context only: the engine reads no effect from them.
        laws: mapRecords(raw["inputs.json"].laws, (law) => ({
          ...law,
          country: "VN",
          instrument: String(law.id).startsWith("constitution") ? "constitution" : "law",
          until: null,
          effect: null,
        })),
        vdem: [],
      }
    : raw["inputs.json"];
  const peers = isRecord(raw["peers.json"])
    ? { ...raw["peers.json"], openBudgetSurvey: mapRecords(raw["peers.json"].openBudgetSurvey, (round) => ({ ...round, released: null })) }
    : raw["peers.json"];
  return { ...raw, "sources.json": sources, "release.json": release, "rules.json": rules, "inputs.json": inputs, "peers.json": peers };
};

/** What a version 2 peer entry said, as one of the outcome kinds version 3 names (null: it states no figure). */
const outcomeKindOf = (entry: Record<string, unknown>) => {
  if (entry.total !== null && entry.total !== undefined) return "total";
  if (["fiscalTransparency", "accessToInformation", "assetDisclosure", "citizenEngagement"].some((criterion) => entry[criterion] !== null && entry[criterion] !== undefined)) return "criterion-points";
  if (entry.eligible === true) return "at-least-75";
  if (entry.eligible === false) return "below-75";
  return null;
};

// Version 3 names each published outcome's kind (total, criterion points, at least 75 %, below 75 %).
const v2ToV3 = (raw: RawDataset): RawDataset => {
  const peers = isRecord(raw["peers.json"]) ? { ...raw["peers.json"], eligibility: mapRecords(raw["peers.json"].eligibility, (entry) => ({ kind: outcomeKindOf(entry), ...entry })) } : raw["peers.json"];
  const release = isRecord(raw["release.json"]) ? { ...raw["release.json"], schemaVersion: 3 } : raw["release.json"];
  return { ...raw, "peers.json": peers, "release.json": release };
};

const steps: Record<number, (raw: RawDataset) => RawDataset> = { 1: v1ToV2, 2: v2ToV3 };

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
