// Prints line coverage per lib/ folder from vitest's json-summary (the scoring target is 100 %).
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";

const file = "reports/coverage/coverage-summary.json";
if (!existsSync(file)) process.exit(0);
const summary = JSON.parse(readFileSync(file, "utf8"));
const folders = new Map();
for (const [path, data] of Object.entries(summary)) {
  if (path === "total") continue;
  const folder = relative(process.cwd(), path).split("/").slice(0, 2).join("/");
  const entry = folders.get(folder) ?? { covered: 0, total: 0 };
  entry.covered += data.lines.covered;
  entry.total += data.lines.total;
  folders.set(folder, entry);
}
console.log("Line coverage of lib/:");
for (const [folder, { covered, total }] of [...folders].sort()) {
  console.log(`  ${folder.padEnd(16)} ${((covered / Math.max(total, 1)) * 100).toFixed(1).padStart(5)} % (${covered}/${total} lines)`);
}
