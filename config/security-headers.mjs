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
 * uses; Cloudflare redirects /x/index.html there), and Next's spare 404 copies (404/, _not-found/) none.
 * @param {Record<string, string[]>} hashesByFile "vi/index.html" → hashes
 */
export const renderHeadersFile = (hashesByFile) => {
  const block = (path, headers) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const blocks = [
    block("/*", baseHeaders),
    block("/_next/static/*", { "Cache-Control": "public, max-age=31536000, immutable" }),
  ];
  for (const [file, hashes] of Object.entries(hashesByFile).sort()) {
    if (/^(404|_not-found)\//.test(file)) continue;
    blocks.push(block(routesOfFile(file)[0], pageHeaders(routesOfFile(file)[0], hashes)));
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

/**
 * nginx: `maps.conf` (http context) chooses the CSP and X-Frame-Options by $uri; `headers.conf` (server or
 * location context) sends them with the base headers. A path that is no page gets the 404 page's policy,
 * because that is what nginx answers it with.
 * @param {Record<string, string[]>} hashesByFile
 */
export const renderNginxConf = (hashesByFile) => {
  const fallbackRoute = "/404.html";
  const csp = [`  default ${nginxQuote(cspFor(fallbackRoute, hashesByFile["404.html"] ?? []))};`];
  for (const [file, hashes] of Object.entries(hashesByFile).sort()) {
    for (const route of routesOfFile(file)) csp.push(`  ${nginxQuote(route)} ${nginxQuote(cspFor(route, hashes))};`);
  }
  const maps = [
    "# Generated by scripts/postbuild.mjs from config/security-headers.mjs. Do not edit. (http context)",
    `map $uri $ogp_csp {\n${csp.join("\n")}\n}`,
    // An empty value makes nginx leave the header out: embeds may be framed.
    'map $uri $ogp_frame_options {\n  default "DENY";\n  ~^/(vi|en)/embed/ "";\n}',
    "",
  ].join("\n\n");
  const headers = [
    "# Generated by scripts/postbuild.mjs from config/security-headers.mjs. Do not edit. (server/location context)",
    ...Object.entries(baseHeaders).map(([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`),
    "add_header Content-Security-Policy $ogp_csp always;",
    "add_header X-Frame-Options $ogp_frame_options always;",
    "",
  ].join("\n");
  return { maps, headers };
};
