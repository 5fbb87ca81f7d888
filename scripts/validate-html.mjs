#!/usr/bin/env node
// Validates every page of the static export (out/**/*.html, embeds and error pages included) twice:
// - html-validate (.htmlvalidate.json): unique ids, the content model (e.g. one <figcaption>, first or last in its
//   <figure>), ARIA only where allowed;
// - the W3C Nu HTML checker (vnu-jar, run on Debian's Java: `apt-get install default-jre-headless`; the package's own
//   Java downloader stays off), which knows the HTML standard's conformance rules html-validate does not.
// Fails naming file, line and message. npm test runs it.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from "html-validate";

const root = process.env.OUT_DIR ?? "out";
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : files(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
const pages = files(root).sort();

const validator = new HtmlValidate(new FileSystemConfigLoader());
const reports = await Promise.all(pages.map((file) => validator.validateFile(file)));
const failed = reports.filter((report) => !report.valid);
if (failed.length) {
  const text = formatterFactory("stylish");
  for (const report of failed) console.log(text(report.results));
}
console.log(`validate-html: html-validate: ${pages.length} pages, ${failed.length} with errors`);

const vnuJar = join("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
const java = spawnSync("java", ["-version"], { encoding: "utf8" });
let nuErrors = 0;
if (java.error || java.status !== 0) {
  console.log("validate-html: Nu HTML checker: no `java` on PATH (Debian: apt-get install default-jre-headless)");
  nuErrors = 1;
} else {
  // One JVM for every page; --errors-only: warnings are advice, errors are what the standard forbids.
  const nu = spawnSync("java", ["-Xss1024k", "-jar", vnuJar, "--errors-only", "--format", "gnu", ...pages], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  // GNU format: "file:/abs/out/vi/index.html":12.3-12.40: error: message (the pages are minified: the column matters)
  const lines = `${nu.stdout}\n${nu.stderr}`.split("\n").filter((line) => line.trim());
  for (const line of lines) {
    const match = /^"([^"]+)":(\d+(?:\.\d+)?)(?:-\d+\.\d+)?: (?:error|fatal)[^:]*: (.*)$/.exec(line);
    if (!match) {
      if (/error/i.test(line)) {
        console.log(`  ${line}`);
        nuErrors += 1;
      }
      continue;
    }
    const [, url, lineNumber, message] = match;
    const file = url.startsWith("file:") ? relative(process.cwd(), fileURLToPath(url)) : url;
    console.log(`  ${file}:${lineNumber}: ${message}`);
    nuErrors += 1;
  }
  if (nu.status !== 0 && nuErrors === 0) {
    console.log(`  the Nu HTML checker stopped with status ${nu.status}`);
    nuErrors = 1;
  }
  console.log(`validate-html: Nu HTML checker (vnu-jar): ${pages.length} pages, ${nuErrors} errors`);
}
process.exit(failed.length || nuErrors ? 1 : 0);
