#!/usr/bin/env node
// npm run build [-- --deploy | --local | --test]: decides the site's address (config/site-origin.mjs), then runs
// every build step with SITE_ORIGIN set to it: data check, next build, downloads/embeds/feeds' extras, postbuild.
// A deploy build without SITE_ORIGIN stops here, before anything is written.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { resolveBuildOrigin, SiteOriginError } from "../config/site-origin.mjs";

let resolved;
try {
  resolved = resolveBuildOrigin({ argv: process.argv.slice(2), env: process.env });
} catch (error) {
  if (!(error instanceof SiteOriginError)) throw error;
  console.error(`build: ${error.message}`);
  process.exit(1);
}
const { origin, mode } = resolved;
const notes = {
  test: "the test address (npm test)",
  local: "the local server (npm start); set SITE_ORIGIN and pass --deploy for a build you publish",
  deploy: "a deploy build",
  custom: "SITE_ORIGIN",
};
console.log(`build: site address ${origin} — ${notes[mode]}`);

const bin = (name) => join("node_modules", ".bin", name);
// In order; the steps of one group run at the same time (the downloads and the brief read what next build wrote and
// nothing of each other's, and each keeps one core busy).
const groups = [
  [["data check", bin("tsx"), ["scripts/check-data.ts"]]],
  [["next build", bin("next"), ["build"]]],
  [
    ["exports", bin("tsx"), ["scripts/build-exports.ts"]],
    ["brief (one-page PDF per locale)", bin("tsx"), ["scripts/build-brief.tsx"]],
  ],
  [["postbuild", process.execPath, ["scripts/postbuild.mjs"]]],
];
// Brotli's best setting (quality 11) for what is published; quality 9 for the test and local builds, whose compressed
// copies are only served on this machine: 3 CPU-s instead of 28 for the same 1,100 files, 11 % larger, the same text
// once decompressed (the server tests check that). PRECOMPRESS_BROTLI_QUALITY set by the caller wins (the bench
// measures what a published build sends).
const brotliQuality = process.env.PRECOMPRESS_BROTLI_QUALITY ?? (mode === "test" || mode === "local" ? 9 : 11);
const env = { ...process.env, SITE_ORIGIN: origin, PRECOMPRESS_BROTLI_QUALITY: String(brotliQuality) };
const run = ([name, command, args]) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => resolve({ name, status: 1, error }));
    child.on("exit", (status, signal) => resolve({ name, status: status ?? (signal ? 1 : 0), error: signal ? new Error(`killed by ${signal}`) : undefined }));
  });
for (const group of groups) {
  const failed = (await Promise.all(group.map(run))).filter((result) => result.status !== 0);
  for (const { name, error } of failed) console.error(`build: ${name} failed${error ? ` (${error.message})` : ""}`);
  if (failed.length > 0) process.exit(failed[0].status);
}
