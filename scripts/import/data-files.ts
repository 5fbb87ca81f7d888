// What both public-data importers do around their own reading: take the file from the command line, read and
// validate data/ files, refuse to run before the file's source entry exists, and write data/ back in its format.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { sourcesFileSchema } from "@/lib/schemas/source";

const dataDir = join(process.cwd(), "data");

/** The path of the public file to read (the first argument), or exit 2 with the usage line. */
export const fileArgument = (usage: string) => {
  const file = process.argv[2];
  if (!file) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return file;
};

export const readDataFile = <T>(name: string, schema: z.ZodType<T>): T => schema.parse(JSON.parse(readFileSync(join(dataDir, name), "utf8")));

/** A data/ file's text as the importers write it: validated, keys in the schema's order, two-space indent. */
export const dataFileText = <T>(schema: z.ZodType<T>, value: T) => `${JSON.stringify(schema.parse(value), null, 2)}\n`;

export const writeDataFile = <T>(name: string, schema: z.ZodType<T>, value: T) => writeFileSync(join(dataDir, name), dataFileText(schema, value));

/** Exits 1 unless data/sources.json already names the file being read (its address and commit). */
export const requireSource = (id: string, what: string) => {
  if (readDataFile("sources.json", sourcesFileSchema).some((source) => source.id === id)) return;
  console.error(`data/sources.json has no source "${id}": add the ${what}'s address and commit first.`);
  process.exit(1);
};
