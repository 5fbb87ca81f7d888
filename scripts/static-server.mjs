// The static server of `npm start` and the browser tests: out/ as nginx serves it (deploy/nginx.conf), with the
// header policy of config/security-headers.mjs. The file work is `send` (conditional GET with ETag and
// Last-Modified, Range, HEAD, streaming) and `negotiator` (Accept-Encoding with q-values); what is ours is the
// policy: which paths exist, which headers go out, and that no request can take the server down or lead off-site.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { createServer, STATUS_CODES } from "node:http";
import { join, sep } from "node:path";
import Negotiator from "negotiator";
import send from "send";
import { hashesByRoute, headersForUri, isImmutablePath, notFoundRoute } from "../config/security-headers.mjs";
import { bodyBytesLimit, errorStatuses, headerBytesLimit, headerTimeoutMs, keepAliveTimeoutMs, requestLineLimit } from "../config/request-limits.mjs";
import { contentTypeOf, isHiddenPath, isTextMediaType, mediaTypeOf, precompressed } from "../config/static-files.mjs";

const revalidate = "public, max-age=0, must-revalidate";
const immutable = "public, max-age=31536000, immutable";

/**
 * The path a request names, decoded and with "." and ".." resolved the way nginx does, or the status that
 * refuses it: 400 for a malformed escape, invalid UTF-8, a NUL byte or ".." above the root.
 * "/a/%2e%2e/vi" → "/vi"; "//x//y/" → "/x/y/"; "/vi/.." → "/".
 * @param {string} rawPath the request target before "?"
 * @returns {{ path: string } | { status: 400 }}
 */
export const canonicalPath = (rawPath) => {
  if (!rawPath.startsWith("/")) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes("\0") || (sep === "\\" && decoded.includes("\\"))) return { status: 400 };
  const parts = decoded.split("/");
  const segments = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (segments.length === 0) return { status: 400 };
      segments.pop();
    } else segments.push(part);
  }
  const last = parts.at(-1);
  const directory = segments.length > 0 && (last === "" || last === "." || last === "..");
  return { path: `/${segments.join("/")}${directory ? "/" : ""}` };
};

/** "/vi" + "?a=b" → "/vi/?a=b" for Location: percent-encoded, one leading slash, so it can only stay on this site. */
export const redirectLocation = (path, query) => {
  const encoded = path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
  const safeQuery = query.replace(/[^\x21-\x7e]/g, (char) => [...Buffer.from(char, "latin1")].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""));
  return `/${encoded.replace(/^\/+/, "")}/${safeQuery}`;
};

/** The request target split into the raw path and the query ("?…" or ""); absolute-form targets keep their path. */
const splitTarget = (url) => {
  const target = /^https?:\/\/[^/?#]*/i.test(url) ? url.replace(/^https?:\/\/[^/?#]*/i, "") || "/" : url;
  const hash = target.indexOf("#");
  const withoutHash = hash < 0 ? target : target.slice(0, hash);
  const question = withoutHash.indexOf("?");
  return question < 0 ? { rawPath: withoutHash, query: "" } : { rawPath: withoutHash.slice(0, question), query: withoutHash.slice(question) };
};

/**
 * @param {{ root: string, log?: (message: string) => void }} options root: the static export (out/)
 */
export const createStaticServer = ({ root, log = (message) => console.error(message) }) => {
  const realRoot = realpathSync(root);
  const inside = (file) => file === realRoot || file.startsWith(realRoot + sep);

  // What a build decides (CSP hashes, the site's address) and what lookups found, kept per build: when a rebuild
  // rewrites out/_csp-hashes.json (checked at most twice a second), everything is read and looked up again.
  const hashesFile = join(realRoot, "_csp-hashes.json");
  const siteFile = join(realRoot, "_site.json");
  if (!existsSync(hashesFile)) log(`serve: ${hashesFile} is missing (run npm run build); inline scripts will be blocked`);
  const fresh = (mtime, checked, routes = {}, origin = undefined) => ({ mtime, checked, routes, origin, found: new Map(), variants: new Map(), policies: new Map(), errorPages: new Map() });
  let build = fresh(NaN, 0);
  const current = () => {
    const now = Date.now();
    if (now - build.checked < 500) return build;
    build.checked = now;
    const mtime = existsSync(hashesFile) ? statSync(hashesFile).mtimeMs : -1;
    if (mtime === build.mtime) return build;
    const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {});
    build = fresh(mtime, now, hashesByRoute(readJson(hashesFile)), readJson(siteFile).origin);
    return build;
  };
  const policy = (uri) => {
    const { routes, origin, policies } = current();
    const key = Object.hasOwn(routes, uri) ? uri : notFoundRoute; // every other URI gets the 404 page's policy
    let headers = policies.get(key);
    if (!headers) policies.set(key, (headers = headersForUri(key, { routes, origin })));
    return headers;
  };

  /** A file of out/ for a canonical path, never one reached through a symlink that leaves out/. */
  const lookUp = async (path) => {
    if (isHiddenPath(path)) return { status: 404 };
    let real;
    try {
      real = await realpath(join(realRoot, ...path.split("/").filter(Boolean)));
    } catch {
      return { status: 404 };
    }
    if (!inside(real) || isHiddenPath(`/${real.slice(realRoot.length + 1).replaceAll(sep, "/")}`)) return { status: 404 };
    const info = await stat(real);
    if (info.isDirectory()) {
      if (!path.endsWith("/")) return { status: 301 };
      return lookUp(`${path}index.html`);
    }
    if (!info.isFile() || path.endsWith("/")) return { status: 404 };
    return { status: 200, file: real, uri: path };
  };
  // Only what exists is remembered (a stream of made-up paths cannot grow the cache), and only so many.
  const resolve = async (path) => {
    const { found } = current();
    const cached = found.get(path);
    if (cached) return cached;
    const result = await lookUp(path);
    if (result.status !== 404 && found.size < 10_000) found.set(path, result);
    return result;
  };

  /**
   * The copy to send: the best encoding the client accepts (q-values) among those built for this file, and whether
   * the answer depends on Accept-Encoding at all (not for images, nor for text too small to have been compressed).
   */
  const variantOf = (request, file, type) => {
    const { variants } = current();
    let available = variants.get(file);
    if (!available) {
      available = isTextMediaType(type) ? precompressed.filter((variant) => existsSync(file + variant.extension)) : [];
      if (variants.size < 10_000) variants.set(file, available);
    }
    const negotiated = available.length > 0;
    const preferred = [...available.map((variant) => variant.encoding), "identity"];
    for (const encoding of negotiated ? new Negotiator(request).encodings(preferred, { preferred }) : []) {
      if (encoding === "identity") break;
      const variant = available.find((candidate) => candidate.encoding === encoding);
      if (variant) return { file: file + variant.extension, encoding, negotiated };
    }
    return { file, encoding: undefined, negotiated };
  };

  /** out/_errors/<status>.html (postbuild); undefined when this build has none. */
  const readErrorPage = (status) => {
    const file = join(realRoot, "_errors", `${status}.html`);
    return errorStatuses.includes(status) && existsSync(file) ? readFileSync(file) : undefined;
  };
  /** The same, read once per build. */
  const errorPage = (status) => {
    const { errorPages } = current();
    if (!errorPages.has(status)) errorPages.set(status, readErrorPage(status));
    return errorPages.get(status);
  };

  /** Status, headers and body of a refusal: the error page with the 404 page's policy (nginx: the same), else text. */
  const refusal = (status, extra = {}) => {
    let page;
    let policyHeaders;
    try {
      page = errorPage(status);
      policyHeaders = policy(notFoundRoute);
    } catch (error) {
      // The build's own files are unreadable (a half-written _csp-hashes.json): still the page, with the policy minus
      // the 404 page's script hashes (the error page has no script).
      log(`serve: ${error instanceof Error ? error.message : String(error)}`);
      page = readErrorPage(status);
      policyHeaders = headersForUri(notFoundRoute, { routes: {} });
    }
    const body = page ?? Buffer.from(`${STATUS_CODES[status] ?? "Error"}\n`);
    const headers = { ...policyHeaders, "Content-Type": page ? contentTypeOf("/error.html") : "text/plain; charset=utf-8", "Content-Length": body.length, "Cache-Control": revalidate, ...extra };
    return { headers, body };
  };
  const refuse = (response, status, extra) => {
    const { headers, body } = refusal(status, extra);
    response.writeHead(status, headers);
    response.end(response.req.method === "HEAD" ? undefined : body);
  };
  /** For a socket Node's HTTP layer has let go of (a request it could not parse, CONNECT): the same answer, by hand. */
  const refuseOnSocket = (socket, status, extra) => {
    if (!socket.writable) return socket.destroy();
    const { headers, body } = refusal(status, { ...extra, Connection: "close" });
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
    socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n`, "latin1"), body]));
  };

  const plain = (response, status, text, headers) => {
    const body = Buffer.from(`${text}\n`);
    response.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8", "Content-Length": body.length, "Cache-Control": revalidate });
    response.end(response.req.method === "HEAD" ? undefined : body);
  };

  const notFound = async (request, response) => {
    const file = join(realRoot, "404.html");
    if (!existsSync(file)) return plain(response, 404, "Not found", policy(notFoundRoute));
    const variant = variantOf(request, file, "text/html");
    const body = await readFile(variant.file);
    response.writeHead(404, {
      ...policy(notFoundRoute),
      "Content-Type": contentTypeOf(file),
      "Content-Length": body.length,
      "Cache-Control": revalidate, // never the year-long cache of /_next/static/: the file may appear later
      ...(variant.negotiated ? { Vary: "Accept-Encoding" } : {}),
      ...(variant.encoding ? { "Content-Encoding": variant.encoding } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : body);
  };

  const handle = async (request, response) => {
    // nginx's order: a request line longer than its buffer is refused while parsing, before the method is looked at.
    if (`${request.method} ${request.url} HTTP/1.1\r\n`.length > requestLineLimit) return refuse(response, 414);
    const { rawPath, query } = splitTarget(request.url ?? "");
    const canonical = canonicalPath(rawPath);
    if (request.method !== "GET" && request.method !== "HEAD") return refuse(response, 405, { Allow: "GET, HEAD" });
    if (Number(request.headers["content-length"] ?? 0) > bodyBytesLimit) return refuse(response, 413);
    if (!("path" in canonical)) return refuse(response, 400);
    const found = await resolve(canonical.path);
    if (found.status === 301) {
      response.writeHead(301, { ...policy(canonical.path), Location: redirectLocation(canonical.path, query), "Content-Length": 0, "Cache-Control": revalidate });
      return response.end();
    }
    if (found.status !== 200) return notFound(request, response);

    const type = mediaTypeOf(found.uri);
    const variant = variantOf(request, found.file, type);
    const headers = {
      ...policy(found.uri),
      "Content-Type": contentTypeOf(found.uri),
      "Cache-Control": isImmutablePath(found.uri) ? immutable : revalidate,
      ...(variant.negotiated ? { Vary: "Accept-Encoding" } : {}),
      ...(variant.encoding ? { "Content-Encoding": variant.encoding } : {}),
    };
    const stream = send(request, variant.file.split(sep).map((part) => encodeURIComponent(part)).join("/"), {
      dotfiles: "allow", // decided above: the path is canonical and inside out/
      index: false,
      cacheControl: false,
      etag: true,
      lastModified: true,
    });
    stream.on("headers", (res) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    });
    stream.on("error", (error) => {
      // 412/416 from the conditions or Range, 404 when the file vanished mid-request, 500 for a read error.
      const status = error.status ?? error.statusCode ?? 500;
      if (response.headersSent) return response.destroy();
      for (const name of ["Content-Encoding", "Content-Length", "Content-Type", "ETag", "Last-Modified", "Vary"]) response.removeHeader(name);
      if (status === 404) return void notFound(request, response).catch((failure) => fail(response, failure));
      if (errorStatuses.includes(status)) return refuse(response, status);
      plain(response, status, STATUS_CODES[status] ?? "Error", { ...policy(found.uri), ...(error.headers ?? {}) });
    });
    stream.pipe(response);
  };

  const fail = (response, error) => {
    log(`serve: ${error instanceof Error ? error.stack : String(error)}`);
    if (response.headersSent) response.destroy();
    else refuse(response, 500);
  };

  const server = createServer(
    {
      maxHeaderSize: headerBytesLimit,
      headersTimeout: headerTimeoutMs,
      requestTimeout: 3 * headerTimeoutMs, // a GET has no body: the whole request is its headers
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: 1000, // how late a timeout may be noticed (Node's default: 30 s)
    },
    (request, response) => {
      try {
        handle(request, response).catch((error) => fail(response, error));
      } catch (error) {
        fail(response, error);
      }
    },
  );
  // Requests Node's parser refuses before our code runs: 400 with the error page, 405 for an unknown method, or 414
  // (request line) / 431 (the headers) past the limits. The connection closes, the server goes on. A header timeout
  // closes it without a word, as nginx does.
  server.on("clientError", (error, socket) => {
    if (error.code === "ECONNRESET" || error.code === "ERR_HTTP_REQUEST_TIMEOUT" || !socket.writable) return socket.destroy();
    const received = error.rawPacket ?? Buffer.alloc(0);
    const lineEnd = received.indexOf("\r\n");
    // A well-formed request line whose method Node does not know ("FOO / HTTP/1.1"): a method like any other here,
    // 405, as nginx answers it. Anything else the parser refused is a bad request.
    if (error.code === "HPE_INVALID_METHOD" && /^[A-Z_-]+ \S+ HTTP\/1\.[01]$/.test(received.subarray(0, Math.max(lineEnd, 0)).toString("latin1"))) {
      return refuseOnSocket(socket, 405, { Allow: "GET, HEAD" });
    }
    if (error.code !== "HPE_HEADER_OVERFLOW") return refuseOnSocket(socket, 400);
    // Which part overflowed: a packet without a line break in its first requestLineLimit bytes is the request line.
    refuseOnSocket(socket, lineEnd < 0 || lineEnd + 2 > requestLineLimit ? 414 : 431);
  });
  // CONNECT (a proxy tunnel) is a method like any other here: 405. Node hands it over as a raw socket.
  server.on("connect", (_request, socket) => refuseOnSocket(socket, 405, { Allow: "GET, HEAD" }));
  return server;
};
