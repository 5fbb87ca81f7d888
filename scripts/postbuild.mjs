#!/usr/bin/env node
// Runs after `next build` (npm run build). The inline scripts Next writes differ per page and per build, so
// their CSP hashes can only be known now: hash each inline <script> of every out/**/*.html and write
//   out/_csp-hashes.json    "vi/index.html" → ["'sha256-…'", …]   (read by scripts/serve.mjs)
//   out/_headers            Netlify / Cloudflare Pages headers
//   out/_nginx/maps.conf    nginx, http context   (deploy/nginx.conf, Dockerfile)
//   out/_nginx/headers.conf nginx, server context
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { inlineScriptHashes, renderHeadersFile, renderNginxConf } from "../config/security-headers.mjs";

const root = resolve(process.env.OUT_DIR ?? "out");

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });

const hashesByFile = {};
for (const file of htmlFiles(root).sort()) {
  hashesByFile[relative(root, file).replaceAll("\\", "/")] = inlineScriptHashes(readFileSync(file, "utf8"));
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
console.log(`postbuild: ${count} inline script hashes for ${Object.keys(hashesByFile).length} HTML files → _csp-hashes.json, _headers, _nginx/`);
