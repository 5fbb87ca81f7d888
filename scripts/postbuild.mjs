#!/usr/bin/env node
// Runs after `next build` (npm run build). It defers the framework's script tags to the load event (see
// defer-framework-scripts.mjs), then hashes the inline scripts. The inline scripts Next writes differ per page and per build, so
// their CSP hashes can only be known now: hash each inline <script> of every out/**/*.html and write
//   out/_csp-hashes.json    "vi/index.html" → ["'sha256-…'", …]   (read by scripts/serve.mjs)
//   out/_headers            Netlify / Cloudflare Pages headers
//   out/_nginx/maps.conf    nginx, http context   (deploy/nginx.conf, Dockerfile)
//   out/_nginx/headers.conf nginx, server context
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { inlineScriptHashes, renderHeadersFile, renderNginxConf } from "../config/security-headers.mjs";
import { deferFrameworkScripts } from "./defer-framework-scripts.mjs";

const root = resolve(process.env.OUT_DIR ?? "out");

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });

const hashesByFile = {};
let deferredScripts = 0;
for (const file of htmlFiles(root).sort()) {
  // First move the framework's scripts behind the load event (scripts/defer-framework-scripts.mjs), then
  // hash: the loader is one more inline script.
  const { html, deferred } = deferFrameworkScripts(readFileSync(file, "utf8"));
  if (deferred > 0) writeFileSync(file, html);
  deferredScripts += deferred;
  hashesByFile[relative(root, file).replaceAll("\\", "/")] = inlineScriptHashes(html);
}
if (!hashesByFile["404.html"]) throw new Error(`postbuild: ${root}/404.html is missing; is this a Next static export?`);

writeFileSync(join(root, "_csp-hashes.json"), `${JSON.stringify(hashesByFile, null, 1)}\n`);
const headersFile = renderHeadersFile(hashesByFile);
writeFileSync(join(root, "_headers"), headersFile.text);
// Not fatal: nginx and npm start are unaffected, but Cloudflare Pages would not apply this _headers file.
for (const problem of headersFile.problems) console.warn(`postbuild: warning: out/_headers exceeds Cloudflare Pages' limits: ${problem}`);
const nginx = renderNginxConf(hashesByFile);
mkdirSync(join(root, "_nginx"), { recursive: true });
writeFileSync(join(root, "_nginx", "maps.conf"), nginx.maps);
writeFileSync(join(root, "_nginx", "headers.conf"), nginx.headers);

const count = Object.values(hashesByFile).reduce((sum, hashes) => sum + hashes.length, 0);
console.log(`postbuild: ${deferredScripts} framework script tags deferred to the load event; ${count} inline script hashes for ${Object.keys(hashesByFile).length} HTML files → _csp-hashes.json, _headers, _nginx/`);
