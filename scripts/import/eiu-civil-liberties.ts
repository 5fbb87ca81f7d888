// npm run import:eiu -- "<path to civil-liberties-index-eiu.csv>"
//
// Reads Our World in Data's "Civil liberties (EIU)" chart data and writes every listed country's civil-liberties
// score (OGP's citizen-engagement input) into data/inputs.json. The file is the copy kept in repository
// adolachowska/POLKA, commit 0f26fec8a69e246374c6139bb8d1af250e485726, data/civil-liberties-index-eiu.csv (source
// id below). To re-run: fetch that repository, `git show <commit>:data/civil-liberties-index-eiu.csv > file.csv`, pass
// its path. A newer edition of the file gets a new source entry (address and commit) and a new SOURCE_ID here.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { mergeCivilLiberties, readCivilLibertiesRows } from "@/lib/data/eiu-civil-liberties";
import { inputsFileSchema } from "@/lib/schemas/inputs";
import { peersFileSchema } from "@/lib/schemas/peers";
import { fileArgument, readDataFile, requireSource, writeDataFile } from "./data-files";

const SOURCE_ID = "owid-eiu-civil-liberties";
/** The first edition OGP's rules could use (data year 2011 reads the 2010 edition); older ones change nothing. */
const FROM_EDITION = 2008;
const file = fileArgument('npm run import:eiu -- "<path to civil-liberties-index-eiu.csv>"');
const inputs = readDataFile("inputs.json", inputsFileSchema);
const peers = readDataFile("peers.json", peersFileSchema);
requireSource(SOURCE_ID, "file");
const rows = readCivilLibertiesRows(parse(readFileSync(file, "utf8"), { relax_column_count: true }) as string[][]);
const merged = mergeCivilLiberties(inputs.democracyIndex, rows, peers.countries.map((country) => ({ code: country.code, name: country.name.en })), SOURCE_ID, FROM_EDITION);
writeDataFile("inputs.json", inputsFileSchema, { ...inputs, democracyIndex: merged.editions });
console.log(`Read ${rows.length} rows from ${file}: ${merged.changed} editions updated, ${merged.added} added. Run npm run data:check next.`);
