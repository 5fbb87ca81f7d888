import { startsLikeFormula } from "../schemas/spreadsheet-formula";

export type CsvCell = string | number | boolean | null | undefined;

const BOM = "\uFEFF";

/**
 * A text cell made safe to open in a spreadsheet (lib/schemas/spreadsheet-formula.ts): a leading apostrophe, which
 * spreadsheets read as "this is text". Numbers and ordinary text pass unchanged. The data check already refuses such
 * text in data/; this covers text the site writes itself.
 */
export const neutralizeFormula = (text: string) => (startsLikeFormula(text) ? `'${text}` : text);

/** RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes doubled; null is an empty field. */
export const csvField = (cell: CsvCell) => {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "string" ? neutralizeFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** UTF-8 CSV with a byte-order mark (so spreadsheet programs read Vietnamese correctly) and CRLF line ends. */
export const toCsv = (columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvCell>>) =>
  BOM + [columns, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";

/** The inverse of toCsv, for tests and for anyone checking a download: returns header and rows as strings. */
export const parseCsv = (text: string): string[][] => {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const flatten = (value: Json, prefix: string, into: Record<string, CsvCell>) => {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (Array.isArray(value)) {
    into[prefix] = value.every((item) => item === null || typeof item !== "object") ? value.join("; ") : JSON.stringify(value);
  } else into[prefix] = value;
};

/** An array of records as one CSV: nested objects become dotted columns ("name.vi"), lists of values join with "; ". */
export const recordsToCsv = (records: ReadonlyArray<unknown>) => {
  const flat = records.map((record) => {
    const into: Record<string, CsvCell> = {};
    flatten(record as Json, "", into);
    return into;
  });
  const columns = [...new Set(flat.flatMap((record) => Object.keys(record)))];
  return toCsv(columns, flat.map((record) => columns.map((column) => record[column] ?? null)));
};
