// What the site's files are and which of them visitors may fetch: one table for the Node server
// (scripts/static-server.mjs), for nginx (out/_nginx/types.conf, written by scripts/postbuild.mjs) and for the
// files compressed at build time, so both servers answer alike.
import { extname } from "node:path";

/** Media type by file extension. Anything else is application/octet-stream (with nosniff, never rendered). */
export const mediaTypes = {
  ".html": "text/html",
  ".txt": "text/plain",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".xml": "application/xml",
  ".csv": "text/csv",
  ".bib": "application/x-bibtex",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".webmanifest": "application/manifest+json",
};
export const defaultMediaType = "application/octet-stream";

/** Files whose type their extension does not tell: the Atom feeds are .xml by the URL. */
export const pathMediaTypes = [{ pattern: "^/(vi|en)/feed\\.xml$", type: "application/atom+xml" }];

/** Types sent with "; charset=utf-8" and compressed (gzip, brotli): text, whatever its label. */
export const textMediaTypes = [
  "text/html",
  "text/plain",
  "text/css",
  "text/javascript",
  "text/csv",
  "application/json",
  "application/xml",
  "application/atom+xml",
  "application/x-bibtex",
  "application/manifest+json",
  "image/svg+xml",
];

/** The media type of a URL path or file name, without parameters. */
export const mediaTypeOf = (path) => {
  for (const rule of pathMediaTypes) if (new RegExp(rule.pattern).test(path)) return rule.type;
  return mediaTypes[extname(path).toLowerCase()] ?? defaultMediaType;
};

export const isTextMediaType = (type) => textMediaTypes.includes(type);

/** The Content-Type header for a path: "text/csv; charset=utf-8", "image/png". */
export const contentTypeOf = (path) => {
  const type = mediaTypeOf(path);
  return isTextMediaType(type) ? `${type}; charset=utf-8` : type;
};

/** Encodings written beside each text file at build time (`x.html.br`, `x.html.gz`), best first. */
export const precompressed = [
  { encoding: "br", extension: ".br" },
  { encoding: "gzip", extension: ".gz" },
];
/** Smaller files are sent as they are (nginx: gzip_min_length). */
export const compressMinBytes = 256;

/**
 * Files in out/ that are for hosts, not visitors: header files, CSP hashes, the build's address, nginx snippets,
 * the error pages (sent only as the answer to a refusal), the precompressed copies (served only through content negotiation) and the 404 page's own URL (it is what a
 * missing path gets, with status 404). Both servers answer these with 404.
 */
export const hiddenPathPattern = "^/(_headers$|_csp-hashes\\.json$|_site\\.json$|_nginx(/|$)|_errors(/|$)|404\\.html$)|\\.(br|gz)$";
export const isHiddenPath = (pathname) => new RegExp(hiddenPathPattern).test(pathname);
