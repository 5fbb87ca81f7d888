// One place for the HTTP headers the site is served with. The local server (npm start, browser tests) and
// the files shipped for static hosts (out/_headers, out/_nginx/*.conf, written by scripts/postbuild.mjs)
// are all generated from here, so a policy change is made once.
import { createHash } from "node:crypto";

/** Embeds may be framed by any site; every other page may not be framed at all. */
export const isEmbedPath = (pathname) => /^\/(vi|en)\/embed\//.test(pathname);

/** Hashed, content-addressed build output: safe to cache forever. */
export const isImmutablePath = (pathname) => pathname.startsWith("/_next/static/");

export const baseHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * The Content-Security-Policy of one response. Scripts: our own files plus the sha256 of each inline script
 * of that page (Next writes its RSC payload inline); never 'unsafe-inline' or 'unsafe-eval'. Styles keep
 * 'unsafe-inline' because React writes style attributes.
 * @param {string} pathname @param {string[]} [scriptHashes]
 */
export const cspFor = (pathname, scriptHashes = []) =>
  [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbedPath(pathname) ? "*" : "'none'"}`,
  ].join("; ");

/** Headers that depend on the page: CSP, and X-Frame-Options for what may not be framed. */
export const pageHeaders = (pathname, scriptHashes = []) => ({
  "Content-Security-Policy": cspFor(pathname, scriptHashes),
  ...(isEmbedPath(pathname) ? {} : { "X-Frame-Options": "DENY" }),
});

/** @param {string} pathname @param {{ scriptHashes?: string[] }} [options] */
export const headersFor = (pathname, options = {}) => ({ ...baseHeaders, ...pageHeaders(pathname, options.scriptHashes) });

/**
 * Strict-Transport-Security for a site published over HTTPS: a year, this host only (the site may live on a
 * subdomain of an organisation whose other hosts are not all HTTPS). Browsers ignore it on plain HTTP.
 * @param {string | undefined} origin
 */
export const hstsHeaders = (origin) => (origin && new URL(origin).protocol === "https:" ? { "Strict-Transport-Security": "max-age=31536000" } : {});

/** The route a missing path is answered with (status 404), and whose policy every non-page response gets. */
export const notFoundRoute = "/404.html";

/** "vi/index.html" → hashes becomes "/vi/" and "/vi/index.html" → hashes: the keys nginx's maps use. */
export const hashesByRoute = (hashesByFile) =>
  Object.fromEntries(Object.entries(hashesByFile).flatMap(([file, hashes]) => routesOfFile(file).map((route) => [route, hashes])));

/**
 * Every header of the policy for one response, chosen the way nginx's maps choose them from $uri: a page's
 * route gets that page's CSP and frame rule; anything else (a redirect, a download, an error, a missing page)
 * gets the 404 page's, so a missing embed may not be framed either. Used by scripts/static-server.mjs.
 * @param {string} uri @param {{ routes: Record<string, string[]>, origin?: string }} options
 */
export const headersForUri = (uri, { routes, origin }) => {
  const route = Object.hasOwn(routes, uri) ? uri : notFoundRoute;
  return { ...baseHeaders, ...hstsHeaders(origin), ...pageHeaders(route, routes[route] ?? []) };
};

// ── Inline script hashes ────────────────────────────────────────────────────────────────────────────────

const executableTypes = new Set(["", "text/javascript", "application/javascript", "module"]);

/** CSP source expressions ('sha256-…') of every inline script in an HTML document, in document order. */
export const inlineScriptHashes = (html) => {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? "").toLowerCase();
    if (!executableTypes.has(type)) continue; // JSON-LD and other data blocks never run, so CSP ignores them
    const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
};

/** The URL paths a static host answers with one exported file: "vi/index.html" → "/vi/", "/vi/index.html". */
export const routesOfFile = (relativeFile) => {
  const file = `/${relativeFile.replaceAll("\\", "/")}`;
  return file.endsWith("/index.html") ? [file.slice(0, -"index.html".length), file] : [file];
};

// ── Files for static hosts ──────────────────────────────────────────────────────────────────────────────

/** Cloudflare Pages ignores a _headers file beyond these (Netlify has no lower limits). */
export const headersFileLimits = { rules: 100, lineLength: 2000 };

/**
 * Netlify / Cloudflare Pages `_headers`. Both merge every matching rule, so the page-specific CSP and
 * X-Frame-Options appear only in exact-path rules (never in `/*`), else two policies would be joined.
 * To stay under Cloudflare's 100 rules, a page gets one rule, for its folder URL (the one every link
 * uses; Cloudflare redirects /x/index.html there), Next's spare 404 copies (404/, _not-found/) none, and the
 * embed pages of a language one splat rule when their inline scripts are the same (they carry no framework).
 * @param {Record<string, string[]>} hashesByFile "vi/index.html" → hashes
 * @param {{ origin?: string, extraRules?: { path: string, headers: Record<string, string> }[] }} [options]
 *   origin: HSTS when https; extraRules: e.g. the feeds' Content-Type
 */
export const renderHeadersFile = (hashesByFile, { origin, extraRules = [] } = {}) => {
  const block = (path, headers) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const blocks = [
    block("/*", { ...baseHeaders, ...hstsHeaders(origin) }),
    ...extraRules.map((rule) => block(rule.path, rule.headers)),
    block("/_next/static/*", { "Cache-Control": "public, max-age=31536000, immutable" }),
  ];
  // Embed pages whose inline scripts are all the same (scripts/static-embeds.mjs) share one rule per language.
  const pages = Object.entries(hashesByFile).map(([file, hashes]) => ({ file, route: routesOfFile(file)[0], hashes }));
  const embedPrefix = (route) => route.split("/", 3).join("/"); // "/vi/embed/criteria/" → "/vi/embed"
  const sharedEmbedRules = new Set();
  for (const prefix of [...new Set(pages.filter((page) => isEmbedPath(page.route)).map((page) => embedPrefix(page.route)))].sort()) {
    const embeds = pages.filter((page) => isEmbedPath(page.route) && embedPrefix(page.route) === prefix);
    if (embeds.length > 1 && new Set(embeds.map((page) => JSON.stringify(page.hashes))).size === 1) {
      sharedEmbedRules.add(prefix);
      blocks.push(block(`${prefix}/*`, pageHeaders(`${prefix}/`, embeds[0].hashes)));
    }
  }
  for (const { file, route, hashes } of pages.sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (/^(404|_not-found)\//.test(file)) continue;
    if (isEmbedPath(route) && sharedEmbedRules.has(embedPrefix(route))) continue;
    blocks.push(block(route, pageHeaders(route, hashes)));
  }
  const problems = [];
  if (blocks.length > headersFileLimits.rules) problems.push(`${blocks.length} rules > ${headersFileLimits.rules}`);
  for (const line of blocks.join("\n").split("\n")) {
    if (line.length > headersFileLimits.lineLength) problems.push(`a ${line.length}-character line > ${headersFileLimits.lineLength}: ${line.slice(0, 60)}…`);
  }
  const text = `# Generated by scripts/postbuild.mjs from config/security-headers.mjs. Do not edit.\n\n${blocks.join("\n\n")}\n`;
  return { text, problems };
};

const nginxQuote = (value) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
const nextPowerOfTwo = (value) => 2 ** Math.ceil(Math.log2(Math.max(1, value)));

/**
 * map_hash_bucket_size and map_hash_max_size for the keys of our maps, computed as nginx sizes a hash element
 * (ngx_hash.h: pointer + key length + 2, aligned to the pointer size; a bucket also holds an end marker). The
 * default bucket (64 on x86-64) fails `nginx -t` from a 54-byte key on ("could not build map_hash"); we leave
 * room for two of the longest keys per bucket so nginx also finds a compact table without warnings.
 * @param {string[]} keys @param {number} [pointerSize] 8 on 64-bit machines (the larger, safe for 32-bit too)
 */
export const nginxMapHashSizes = (keys, pointerSize = 8) => {
  const align = (value) => Math.ceil(value / pointerSize) * pointerSize;
  const element = Math.max(0, ...keys.map((key) => pointerSize + align(Buffer.byteLength(key, "utf8") + 2)));
  return { bucketSize: Math.max(64, nextPowerOfTwo(2 * element + pointerSize)), maxSize: Math.max(2048, nextPowerOfTwo(4 * keys.length)) };
};

/**
 * nginx (deploy/nginx.conf, deploy/Dockerfile), three generated files:
 *   maps.conf    (http context)            hash sizes, then the CSP and X-Frame-Options chosen by $uri and the
 *                                           Allow header by method — the same choice as headersForUri;
 *   headers.conf (server/location context) the add_header lines;
 *   files.conf   (server context)          media types, charset and compression from config/static-files.mjs.
 * A path that is no page gets the 404 page's policy, because that is what nginx answers it with.
 * @param {Record<string, string[]>} hashesByFile
 * @param {{ origin?: string, files?: { mediaTypes: Record<string, string>, defaultMediaType: string, textMediaTypes: string[], pathMediaTypes: { pattern: string, type: string }[], compressMinBytes: number, hiddenPathPattern: string } }} [options]
 */
export const renderNginxConf = (hashesByFile, { origin, files } = {}) => {
  const routes = hashesByRoute(hashesByFile);
  const keys = Object.keys(routes).sort();
  const csp = [`  default ${nginxQuote(cspFor(notFoundRoute, routes[notFoundRoute] ?? []))};`, ...keys.map((route) => `  ${nginxQuote(route)} ${nginxQuote(cspFor(route, routes[route]))};`)];
  // An empty value makes nginx leave the header out: embed pages may be framed, nothing else.
  const frameOptions = ['  default "DENY";', ...keys.filter(isEmbedPath).map((route) => `  ${nginxQuote(route)} "";`)];
  const sizes = nginxMapHashSizes(keys);
  const generated = "# Generated by scripts/postbuild.mjs from config/security-headers.mjs and config/static-files.mjs. Do not edit.";
  const maps = [
    `${generated} (http context)`,
    // Before the maps: nginx sizes each map's hash when it reads it.
    `map_hash_bucket_size ${sizes.bucketSize};\nmap_hash_max_size ${sizes.maxSize};`,
    `map $uri $ogp_csp {\n${csp.join("\n")}\n}`,
    `map $uri $ogp_frame_options {\n${frameOptions.join("\n")}\n}`,
    'map $request_method $ogp_allow {\n  default "GET, HEAD";\n  GET "";\n  HEAD "";\n}',
    "",
  ].join("\n\n");
  const headers = [
    `${generated} (server/location context)`,
    ...Object.entries({ ...baseHeaders, ...hstsHeaders(origin) }).map(([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`),
    "add_header Content-Security-Policy $ogp_csp always;",
    "add_header X-Frame-Options $ogp_frame_options always;",
    "add_header Allow $ogp_allow always;",
    "",
  ].join("\n");
  const filesConf = files
    ? [
        `${generated} (server context)`,
        // A types block replaces nginx's mime.types for this server: the site sends exactly our table.
        `types {\n${Object.entries(files.mediaTypes).map(([extension, type]) => `  ${type} ${extension.slice(1)};`).join("\n")}\n}`,
        `default_type ${files.defaultMediaType};`,
        "charset utf-8;",
        // text/html is in both lists already (nginx adds it itself).
        `charset_types ${files.textMediaTypes.filter((type) => type !== "text/html").join(" ")};`,
        `gzip_types ${files.textMediaTypes.filter((type) => type !== "text/html").join(" ")};`,
        `gzip_min_length ${files.compressMinBytes};`,
        ...files.pathMediaTypes.map((rule) => `location ~ ${nginxQuote(rule.pattern)} {\n  types { }\n  default_type ${rule.type};\n}`),
        // Build files for hosts, not visitors (and the .br/.gz copies, sent only through content negotiation).
        `location ~ ${nginxQuote(files.hiddenPathPattern)} {\n  return 404;\n}`,
        "",
      ].join("\n\n")
    : undefined;
  return { maps, headers, files: filesConf };
};
