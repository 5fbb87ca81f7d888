// Reads IBP's "Public Availability" workbook (one sheet per Open Budget Survey round, one row per country, one OBS
// code per budget document) into the two statuses OGP scores. Pure: the import script hands it the sheets' rows.
import { datedCopyOfRound, roundWithoutScores, type DocumentStatus, type OpenBudgetSurveyRound } from "../schemas/inputs";

/** OBS's per-document codes, as its codebooks define them. */
const obsCodes: Record<string, Exclude<DocumentStatus, null>> = {
  PW: "published",
  HC: "hard-copy-only",
  SC: "hard-copy-only",
  PL: "published-late",
  IU: "internal-only",
  NP: "not-produced",
};

export type AvailabilityRow = { round: number; countryName: string; executiveBudgetProposal: DocumentStatus; auditReport: DocumentStatus };

export class AvailabilityFormatError extends Error {}

const budgetProposalHeader = "Executive's Budget Proposal";
const auditReportHeader = "Audit Report";

/**
 * One sheet's rows (first row = headers) into statuses. Fails, naming sheet, row and column, on a header or a code
 * the codebooks do not define: a changed file must be looked at, not silently read.
 */
export const readAvailabilitySheet = (sheetName: string, rows: ReadonlyArray<ReadonlyArray<unknown>>): AvailabilityRow[] => {
  const round = Number(sheetName);
  if (!/^\d{4}$/.test(sheetName)) return [];
  const [header, ...body] = rows;
  const column = (name: string) => {
    const index = (header ?? []).findIndex((cell) => String(cell ?? "").trim() === name);
    if (index < 0) throw new AvailabilityFormatError(`sheet ${sheetName}: expected a column "${name}" in row 1, found ${JSON.stringify(header)}`);
    return index;
  };
  const countryColumn = column("country");
  const ebpColumn = column(budgetProposalHeader);
  const arColumn = column(auditReportHeader);
  const status = (value: unknown, row: number, name: string): DocumentStatus => {
    const code = String(value ?? "").trim();
    if (code === "") return null;
    const known = obsCodes[code];
    if (!known) throw new AvailabilityFormatError(`sheet ${sheetName}, row ${row}, column "${name}": expected one of ${Object.keys(obsCodes).join(", ")}, found ${JSON.stringify(code)}`);
    return known;
  };
  return body.flatMap((row, index) => {
    const countryName = String(row[countryColumn] ?? "").trim();
    if (countryName === "") return [];
    return [{ round, countryName, executiveBudgetProposal: status(row[ebpColumn], index + 2, budgetProposalHeader), auditReport: status(row[arColumn], index + 2, auditReportHeader) }];
  });
};

type Round = OpenBudgetSurveyRound;

/** Country names as IBP's workbook writes them, where they differ from ours. */
const workbookNames: Record<string, string> = { "South Korea": "KR", "Korea, South": "KR", "Timor-Leste": "TL", "East Timor": "TL", Vietnam: "VN", "Viet Nam": "VN" };

export type AvailabilityMerge = { inputs: Round[]; peers: Round[]; added: number; changed: number };

/**
 * Writes the workbook's statuses into the rounds we keep (inputs.json first, then peers.json, as the engine reads
 * them) for the countries we list: an existing round gets the two statuses and the workbook's source; a round we do
 * not have yet is added to inputs.json with no scores, dated like the other countries' copy of the same round (IBP
 * releases a round for every country on one day) and citing where that date comes from.
 */
export const mergeAvailability = (
  existing: { inputs: ReadonlyArray<Round>; peers: ReadonlyArray<Round> },
  rows: ReadonlyArray<AvailabilityRow>,
  countries: ReadonlyArray<{ code: string; name: string }>,
  sourceId: string,
): AvailabilityMerge => {
  const codeOf = new Map<string, string>([...countries.map((country) => [country.name, country.code] as const), ...Object.entries(workbookNames)]);
  const listed = new Set(countries.map((country) => country.code));
  const inputs = existing.inputs.map((round) => ({ ...round }));
  const peers = existing.peers.map((round) => ({ ...round }));
  let added = 0;
  let changed = 0;
  for (const row of rows) {
    const code = codeOf.get(row.countryName);
    if (!code || !listed.has(code)) continue;
    const target = inputs.find((round) => round.country === code && round.round === row.round) ?? peers.find((round) => round.country === code && round.round === row.round);
    if (target) {
      if (target.executiveBudgetProposal !== row.executiveBudgetProposal || target.auditReport !== row.auditReport || !target.sources.includes(sourceId)) changed += 1;
      target.executiveBudgetProposal = row.executiveBudgetProposal;
      target.auditReport = row.auditReport;
      if (!target.sources.includes(sourceId)) target.sources = [...target.sources, sourceId];
      continue;
    }
    const reference = datedCopyOfRound([...inputs, ...peers], row.round);
    inputs.push(roundWithoutScores(code, reference, row.round, row, [sourceId, ...(reference ? reference.sources.filter((id) => id !== sourceId) : [])]));
    added += 1;
  }
  const order = (a: Round, b: Round) => (a.country === "VN" ? 0 : 1) - (b.country === "VN" ? 0 : 1) || a.country.localeCompare(b.country) || a.round - b.round;
  return { inputs: inputs.sort(order), peers, added, changed };
};
