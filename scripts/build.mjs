#!/usr/bin/env node
// npm run build [-- --deploy | --local | --test]: decides the site's address (config/site-origin.mjs), then runs
// every build step with SITE_ORIGIN set to it: data check, next build, downloads/embeds/feeds' extras, postbuild.
// A deploy build without SITE_ORIGIN stops here, before anything is written.
import { spawnSync } from "node:child_process";
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
const steps = [
  ["data check", bin("tsx"), ["scripts/check-data.ts"]],
  ["next build", bin("next"), ["build"]],
  ["exports", bin("tsx"), ["scripts/build-exports.ts"]],
  ["brief (one-page PDF per locale)", bin("tsx"), ["scripts/build-brief.tsx"]],
  ["postbuild", process.execPath, ["scripts/postbuild.mjs"]],
];
const env = { ...process.env, SITE_ORIGIN: origin };
for (const [name, command, args] of steps) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`build: ${name} failed${result.error ? ` (${result.error.message})` : ""}`);
    process.exit(result.status ?? 1);
  }
}
