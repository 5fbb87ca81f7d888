#!/usr/bin/env node
// Serves the static export in out/ the way a production static host would: index.html per folder,
// 404.html for what is missing, gzip for text, and the headers from config/security-headers.mjs.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { headersFor, isImmutablePath } from "../config/security-headers.mjs";

const root = resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const host = process.env.HOST; // all interfaces by default, so both localhost (::1) and 127.0.0.1 answer
// Per-page sha256 of the inline scripts, written by scripts/postbuild.mjs ("vi/index.html" → hashes). Without
// it every inline script is blocked (no 'unsafe-inline'), which the browser tests would notice at once.
const hashesFile = join(root, "_csp-hashes.json");
const hashesByFile = existsSync(hashesFile) ? JSON.parse(readFileSync(hashesFile, "utf8")) : {};
if (!existsSync(hashesFile)) console.warn(`serve: ${hashesFile} is missing (run npm run build); inline scripts will be blocked`);
const scriptHashesOf = (file) => (file ? hashesByFile[relative(root, file).replaceAll("\\", "/")] : undefined) ?? [];

const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml; charset=utf-8", ".png": "image/png",
  ".woff2": "font/woff2", ".woff": "font/woff", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8", ".xml": "application/xml; charset=utf-8", ".bib": "application/x-bibtex; charset=utf-8",
  ".webmanifest": "application/manifest+json", ".pdf": "application/pdf",
};
const compressible = /^(text\/|application\/(json|xml|manifest|x-bibtex)|image\/svg)/;

// The export is small (a few MB): keep each file and its gzip in memory, so a request costs no disk read
// and no compression; a file rebuilt under the same name (new size or mtime) is read again.
const cache = new Map();
const bodyOf = (file, gzip) => {
  const { mtimeMs, size } = statSync(file);
  let entry = cache.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size) {
    entry = { mtimeMs, size, raw: readFileSync(file), gzipped: undefined };
    cache.set(file, entry);
  }
  if (gzip) entry.gzipped ??= gzipSync(entry.raw);
  return gzip ? entry.gzipped : entry.raw;
};

const fileFor = (pathname) => {
  const candidate = normalize(join(root, pathname));
  if (!candidate.startsWith(root)) return { status: 400 };
  if (existsSync(candidate) && statSync(candidate).isFile()) return { status: 200, file: candidate };
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    if (!pathname.endsWith("/")) return { status: 308, location: `${pathname}/` };
    const index = join(candidate, "index.html");
    if (existsSync(index)) return { status: 200, file: index };
  }
  return { status: 404, file: join(root, "404.html") };
};

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    pathname = "/__bad-request__";
  }
  const found = fileFor(pathname);
  const headers = headersFor(pathname, { scriptHashes: scriptHashesOf(found.file) });
  if (found.status === 308) {
    const query = new URL(request.url ?? "/", "http://localhost").search;
    response.writeHead(308, { ...headers, Location: found.location + query });
    response.end();
    return;
  }
  if (!found.file || !existsSync(found.file)) {
    response.writeHead(found.status, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    response.end(found.status === 400 ? "Bad request" : "Not found");
    return;
  }
  const type = types[extname(found.file)] ?? "application/octet-stream";
  const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = bodyOf(found.file, gzip);
  response.writeHead(found.status, {
    ...headers,
    "Content-Type": type,
    "Cache-Control": isImmutablePath(pathname) ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    Vary: "Accept-Encoding",
    "Content-Length": body.length,
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : body);
});

server.listen(port, host, () => console.log(`Serving ${root} at http://${host ?? "localhost"}:${port}/`));
