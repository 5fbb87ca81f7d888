// npm run import:obs -- "<path to Public Availability 2019.xlsx>"
//
// Reads IBP's per-document availability workbook (Open Budget Survey 2006–2019, every surveyed country) and writes
// the Executive's Budget Proposal and Audit Report status of every country we compute into data/inputs.json and
// data/peers.json. The workbook is the one IBP's Open Budget Survey Explorer shipped: repository okfn/ibp-explorer,
// commit eef82ceacb4cb369bca28b1d789495c7597445f3, file data/Public Availability 2019.xlsx (source id below). To
// re-run: fetch that repository, `git show <commit>:"data/Public Availability 2019.xlsx" > file.xlsx`, pass its path.
// A later edition of the file gets a new source entry (address and commit) and a new SOURCE_ID here.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mergeAvailability, readAvailabilitySheet } from "@/lib/data/obs-availability";
import { inputsFileSchema } from "@/lib/schemas/inputs";
import { peersFileSchema } from "@/lib/schemas/peers";
import { sourcesFileSchema } from "@/lib/schemas/source";

const SOURCE_ID = "ibp-explorer-public-availability-2019";
const file = process.argv[2];
if (!file) {
  console.error('usage: npm run import:obs -- "<path to Public Availability 2019.xlsx>"');
  process.exit(2);
}
const dataDir = join(process.cwd(), "data");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), "utf8"));
const inputs = inputsFileSchema.parse(readJson("inputs.json"));
const peers = peersFileSchema.parse(readJson("peers.json"));
const sources = sourcesFileSchema.parse(readJson("sources.json"));
if (!sources.some((source) => source.id === SOURCE_ID)) {
  console.error(`data/sources.json has no source "${SOURCE_ID}": add the workbook's address and commit first.`);
  process.exit(1);
}

const readWorkbook = async (path: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.flatMap((sheet) => {
    const values: unknown[][] = [];
    // ExcelJS rows are 1-based with an empty slot 0.
    sheet.eachRow({ includeEmpty: false }, (row) => values.push((row.values as unknown[]).slice(1)));
    return readAvailabilitySheet(sheet.name, values);
  });
};

void readWorkbook(file).then((rows) => {

const merged = mergeAvailability(
  { inputs: inputs.openBudgetSurvey, peers: peers.openBudgetSurvey },
  rows,
  peers.countries.map((country) => ({ code: country.code, name: country.name.en })),
  SOURCE_ID,
);
const write = (name: string, value: unknown) => writeFileSync(join(dataDir, name), `${JSON.stringify(value, null, 2)}\n`);
write("inputs.json", inputsFileSchema.parse({ ...inputs, openBudgetSurvey: merged.inputs }));
write("peers.json", peersFileSchema.parse({ ...peers, openBudgetSurvey: merged.peers }));
console.log(`Read ${rows.length} country-rounds from ${file}: ${merged.changed} rounds updated, ${merged.added} added. Run npm run data:check next.`);
});
