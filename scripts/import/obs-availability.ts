// npm run import:obs -- "<path to Public Availability 2019.xlsx>"
//
// Reads IBP's per-document availability workbook (Open Budget Survey 2006–2019, every surveyed country) and writes
// the Executive's Budget Proposal and Audit Report status of every country we compute into data/inputs.json and
// data/peers.json. The workbook is the one IBP's Open Budget Survey Explorer shipped: repository okfn/ibp-explorer,
// commit eef82ceacb4cb369bca28b1d789495c7597445f3, file data/Public Availability 2019.xlsx (source id below). To
// re-run: fetch that repository, `git show <commit>:"data/Public Availability 2019.xlsx" > file.xlsx`, pass its path.
// A later edition of the file gets a new source entry (address and commit) and a new SOURCE_ID here.
import ExcelJS from "exceljs";
import { mergeAvailability, readAvailabilitySheet } from "@/lib/data/obs-availability";
import { inputsFileSchema } from "@/lib/schemas/inputs";
import { peersFileSchema } from "@/lib/schemas/peers";
import { fileArgument, readDataFile, requireSource, writeDataFile } from "./data-files";

const SOURCE_ID = "ibp-explorer-public-availability-2019";
const file = fileArgument('npm run import:obs -- "<path to Public Availability 2019.xlsx>"');
const inputs = readDataFile("inputs.json", inputsFileSchema);
const peers = readDataFile("peers.json", peersFileSchema);
requireSource(SOURCE_ID, "workbook");

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
  writeDataFile("inputs.json", inputsFileSchema, { ...inputs, openBudgetSurvey: merged.inputs });
  writeDataFile("peers.json", peersFileSchema, { ...peers, openBudgetSurvey: merged.peers });
  console.log(`Read ${rows.length} country-rounds from ${file}: ${merged.changed} rounds updated, ${merged.added} added. Run npm run data:check next.`);
});
