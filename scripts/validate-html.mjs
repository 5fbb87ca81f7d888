#!/usr/bin/env node
// Validates every page of the static export (out/**/*.html) with html-validate (.htmlvalidate.json): unique ids,
// the content model (e.g. one <figcaption>, first or last in its <figure>), ARIA only where allowed. npm test runs it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from "html-validate";

const root = process.env.OUT_DIR ?? "out";
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : files(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = files(root).sort();
const reports = await Promise.all(pages.map((file) => validator.validateFile(file)));
const failed = reports.filter((report) => !report.valid);
if (failed.length) {
  const text = formatterFactory("stylish");
  for (const report of failed) console.log(text(report.results));
}
console.log(`validate-html: ${pages.length} pages, ${failed.length} with errors`);
process.exit(failed.length ? 1 : 0);
