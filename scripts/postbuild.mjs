#!/usr/bin/env node
// Runs after `next build` (npm run build). It bundles the pages' own script (out/enhance.js), removes Next's runtime from
// every page without the simulator (static-pages.mjs), defers it to the reader's first interaction on the simulator's pages (see
// defer-framework-scripts.mjs), then hashes the inline scripts. The inline scripts Next writes differ per page and per build, so
// their CSP hashes can only be known now: hash each inline <script> of every out/**/*.html and write
//   out/_csp-hashes.json    "vi/index.html" → ["'sha256-…'", …]   (read by scripts/serve.mjs)
//   out/_headers            Netlify / Cloudflare Pages headers
//   out/_nginx/maps.conf    nginx, http context   (deploy/nginx.conf, Dockerfile)
//   out/_nginx/headers.conf nginx, server/location context
//   out/_nginx/files.conf   nginx, server context: media types, charset, compression
//   out/_site.json          the address the site was built for (HSTS when https; read by the server and tests)
//   out/_errors/<status>.html the page each refusal is answered with (scripts/error-pages.mjs), vi then en
// and last, a brotli and a gzip copy beside every text file (x.html.br, x.html.gz) for both servers to send.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip as gzipCallback } from "node:zlib";
import { inlineScriptHashes, isEmbedPath, renderHeadersFile, renderNginxConf, routesOfFile } from "../config/security-headers.mjs";
import { parseSiteOrigin, LOCAL_ORIGIN } from "../config/site-origin.mjs";
import * as staticFiles from "../config/static-files.mjs";
import { errorStatuses } from "../config/request-limits.mjs";
import { renderErrorPage } from "./error-pages.mjs";
import { deferFrameworkScripts } from "./defer-framework-scripts.mjs";
import { interFiles, withFontPreloads } from "./preload-fonts.mjs";
import { withoutFrameworkScripts } from "./static-pages.mjs";
import { buildEnhanceScript, enhanceScriptPath } from "./build-enhance.mjs";

const root = resolve(process.env.OUT_DIR ?? "out");
const origin = parseSiteOrigin(process.env.SITE_ORIGIN ?? LOCAL_ORIGIN);

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });

// The pages that keep the framework: the simulator's (the one list, shared with the bench's budgets).
const { interactivePages } = JSON.parse(readFileSync(new URL("../config/budgets.json", import.meta.url), "utf8")).javascript;
const enhanceBytes = await buildEnhanceScript(root);

const hashesByFile = {};
let deferredScripts = 0;
let staticPages = 0;
let enhancedPages = 0;
const fonts = interFiles(readdirSync(join(root, "_next", "static", "media")));
if (!fonts.latin) throw new Error(`postbuild: no Inter latin file in ${root}/_next/static/media (renamed in app/globals.css?)`);
for (const file of htmlFiles(root).sort()) {
  const relativeFile = relative(root, file).replaceAll("\\", "/");
  const original = readFileSync(file, "utf8");
  let html;
  const route = routesOfFile(relativeFile)[0];
  if (!interactivePages.includes(route)) {
    // No simulator: no framework; our own small script where a page has something to enhance (scripts/static-pages.mjs).
    // Embeds keep only their own scripts (the theme switch, frame.js).
    const result = withoutFrameworkScripts(original, isEmbedPath(route) ? {} : { script: enhanceScriptPath });
    html = result.html;
    staticPages += 1;
    if (result.enhanced) enhancedPages += 1;
  } else {
    // The simulator's pages: the framework's scripts wait for the reader's first interaction (scripts/defer-framework-scripts.mjs),
    // then hash: the loader is one more inline script.
    const deferred = deferFrameworkScripts(original);
    html = deferred.html;
    deferredScripts += deferred.deferred;
    // The simulator checks its share-link state without zod (lib/url-state/path-state.ts): a value imported from a zod
    // module (lib/schemas/common.ts instead of ids.ts) would quietly add ~32 KiB gzip to the page. Fail instead.
    const withZod = deferred.sources.filter((src) => readFileSync(join(root, src)).includes("ZodError"));
    if (withZod.length > 0) throw new Error(`postbuild: ${relativeFile} ships zod in ${withZod.join(", ")} (import values from lib/schemas/ids.ts, types with import type)`);
  }
  html = withFontPreloads(html, fonts);
  if (html !== original) writeFileSync(file, html);
  hashesByFile[relativeFile] = inlineScriptHashes(html);
}
if (!hashesByFile["404.html"]) throw new Error(`postbuild: ${root}/404.html is missing; is this a Next static export?`);

writeFileSync(join(root, "_csp-hashes.json"), `${JSON.stringify(hashesByFile, null, 1)}\n`);
writeFileSync(join(root, "_site.json"), `${JSON.stringify({ origin }, null, 1)}\n`);
// Netlify and Cloudflare Pages send .xml as application/xml; the feeds say what they are.
const feedRules = ["vi", "en"].map((locale) => ({ path: `/${locale}/feed.xml`, headers: { "Content-Type": staticFiles.contentTypeOf(`/${locale}/feed.xml`) } }));
const headersFile = renderHeadersFile(hashesByFile, { origin, extraRules: feedRules });
writeFileSync(join(root, "_headers"), headersFile.text);
// Not fatal: nginx and npm start are unaffected, but Cloudflare Pages would not apply this _headers file.
for (const problem of headersFile.problems) console.warn(`postbuild: warning: out/_headers exceeds Cloudflare Pages' limits: ${problem}`);
const nginx = renderNginxConf(hashesByFile, { origin, files: staticFiles });
mkdirSync(join(root, "_nginx"), { recursive: true });
writeFileSync(join(root, "_nginx", "maps.conf"), nginx.maps);
writeFileSync(join(root, "_nginx", "headers.conf"), nginx.headers);
writeFileSync(join(root, "_nginx", "files.conf"), nginx.files);
// After the hashing: the error pages have no script, and both servers send them with the 404 page's policy.
const messages = Object.fromEntries(["vi", "en"].map((locale) => [locale, JSON.parse(readFileSync(join("messages", `${locale}.json`), "utf8"))]));
mkdirSync(join(root, "_errors"), { recursive: true });
for (const status of errorStatuses) writeFileSync(join(root, "_errors", `${status}.html`), renderErrorPage(status, messages));

// Compressed once here, at the best settings, instead of on every request: the Node server picks the copy the
// browser prefers (q-values honoured), nginx sends the .gz (gzip_static). Build files and copies are skipped.
// zlib's callback API runs on libuv's thread pool, so the files are compressed on every core at once; a text written
// twice (Next writes each page's RSC payload as index.txt and as __next._full.txt) is compressed once.
const allFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);
const variantsOf = new Map(); // sha-256 of the text → Promise<{ ".br": Buffer, ".gz": Buffer }>
// Next's RSC payloads (each page's index.txt and __next.*.txt, 40 MB): fetched only by the simulator's router when a
// reader follows a link from /path/, never on a page load. Brotli's best setting took 48 CPU-s for them, two thirds of
// the build's compression; quality 5 takes 0.4 s and makes them 15 % larger. Pages, data, scripts and styles keep 11 in
// a published build.
const isRscPayload = (path) => /\/(index|__next\.[^/]*)\.txt$/.test(path);
// 11 unless the build says otherwise (scripts/build.mjs: 9 for the test and local builds).
const brotliQuality = Number(process.env.PRECOMPRESS_BROTLI_QUALITY ?? 11);
const compressing = [];
for (const file of allFiles(root)) {
  const path = `/${relative(root, file).replaceAll("\\", "/")}`;
  if (staticFiles.isHiddenPath(path) && !path.endsWith("/404.html")) continue;
  if (!staticFiles.isTextMediaType(staticFiles.mediaTypeOf(path)) || statSync(file).size < staticFiles.compressMinBytes) continue;
  const raw = readFileSync(file);
  const key = createHash("sha256").update(raw).digest("hex");
  if (!variantsOf.has(key)) {
    variantsOf.set(
      key,
      Promise.all([brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: isRscPayload(path) ? 5 : brotliQuality, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }), gzip(raw, { level: 9 })]).then(([br, gz]) => ({ ".br": br, ".gz": gz })),
    );
  }
  compressing.push(
    variantsOf.get(key).then((variants) => {
      for (const { extension } of staticFiles.precompressed) if (variants[extension].length < raw.length) writeFileSync(file + extension, variants[extension]);
    }),
  );
}
await Promise.all(compressing);
const compressed = compressing.length;

const count = Object.values(hashesByFile).reduce((sum, hashes) => sum + hashes.length, 0);
console.log(`postbuild: ${staticPages} pages without framework scripts, ${enhancedPages} of them with ${enhanceScriptPath} (${(enhanceBytes / 1024).toFixed(1)} KiB gzip); ${deferredScripts} framework script tags deferred to the reader's first interaction on ${interactivePages.join(", ")}; ${count} inline script hashes for ${Object.keys(hashesByFile).length} HTML files → _csp-hashes.json, _headers, _nginx/; ${compressed} text files precompressed (br quality ${brotliQuality}, gz); site address ${origin}`);
