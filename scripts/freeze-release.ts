// npm run release:freeze — copies every data/*.json into data/releases/<release id>/ after validating it.
// A frozen release is what pinned embeds show forever: the script refuses to overwrite one (pass --force only
// before the release is published, e.g. to fix a typo on the day).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDataset, releasesDirectory } from "@/lib/data/read-dataset";
import { datasetFileNames } from "@/lib/schemas/dataset";

const force = process.argv.includes("--force");
const dataset = loadDataset(join(process.cwd(), "data"));
const target = join(releasesDirectory(), dataset.release.id);
const unchanged = existsSync(target) && datasetFileNames.every((file) => existsSync(join(target, file)) && readFileSync(join(target, file), "utf8") === readFileSync(join("data", file), "utf8"));
if (unchanged) {
  console.log(`data/releases/${dataset.release.id}/ already holds this data.`);
} else if (existsSync(target) && !force) {
  console.error(`data/releases/${dataset.release.id}/ exists and differs from data/. Bump data/release.json (id = today's date) for a new release, or pass --force if ${dataset.release.id} is not published yet.`);
  process.exit(1);
} else {
  mkdirSync(target, { recursive: true });
  for (const file of datasetFileNames) copyFileSync(join("data", file), join(target, file));
  loadDataset(target);
  console.log(`Froze data/ as data/releases/${dataset.release.id}/ (${datasetFileNames.length} files, validated).`);
}
