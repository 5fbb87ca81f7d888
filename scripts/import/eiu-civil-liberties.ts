// npm run import:eiu -- "<path to civil-liberties-index-eiu.csv>"
//
// Reads Our World in Data's "Civil liberties (EIU)" chart data and writes every listed country's civil-liberties
// score (OGP's citizen-engagement input) into data/inputs.json. The file is the copy kept in repository
// adolachowska/POLKA, commit 0f26fec8a69e246374c6139bb8d1af250e485726, data/civil-liberties-index-eiu.csv (source
// id below). To re-run: fetch that repository, `git show <commit>:data/civil-liberties-index-eiu.csv > file.csv`, pass
// its path. A newer edition of the file gets a new source entry (address and commit) and a new SOURCE_ID here.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { mergeCivilLiberties, readCivilLibertiesRows } from "@/lib/data/eiu-civil-liberties";
import { inputsFileSchema } from "@/lib/schemas/inputs";
import { peersFileSchema } from "@/lib/schemas/peers";
import { sourcesFileSchema } from "@/lib/schemas/source";

const SOURCE_ID = "owid-eiu-civil-liberties";
/** The first edition OGP's rules could use (data year 2011 reads the 2010 edition); older ones change nothing. */
const FROM_EDITION = 2008;
const file = process.argv[2];
if (!file) {
  console.error('usage: npm run import:eiu -- "<path to civil-liberties-index-eiu.csv>"');
  process.exit(2);
}
const dataDir = join(process.cwd(), "data");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), "utf8"));
const inputs = inputsFileSchema.parse(readJson("inputs.json"));
const peers = peersFileSchema.parse(readJson("peers.json"));
if (!sourcesFileSchema.parse(readJson("sources.json")).some((source) => source.id === SOURCE_ID)) {
  console.error(`data/sources.json has no source "${SOURCE_ID}": add the file's address and commit first.`);
  process.exit(1);
}
const rows = readCivilLibertiesRows(parse(readFileSync(file, "utf8"), { relax_column_count: true }) as string[][]);
const merged = mergeCivilLiberties(inputs.democracyIndex, rows, peers.countries.map((country) => ({ code: country.code, name: country.name.en })), SOURCE_ID, FROM_EDITION);
writeFileSync(join(dataDir, "inputs.json"), `${JSON.stringify(inputsFileSchema.parse({ ...inputs, democracyIndex: merged.editions }), null, 2)}\n`);
console.log(`Read ${rows.length} rows from ${file}: ${merged.changed} editions updated, ${merged.added} added. Run npm run data:check next.`);
