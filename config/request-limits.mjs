// The request limits both servers enforce (scripts/static-server.mjs, deploy/nginx.conf) and the one limit on the
// state a URL may carry (lib/url-state). Numbers, not Node's or nginx's defaults, so a link behaves the same on both.

/**
 * The longest query string (after "?", as sent, percent-encoded) a page reads as state: share links, embed
 * parameters, ?base=…&reforms=… on /path/. Every link the site makes is under 400 characters (all reforms on);
 * 2,048 is the length old browsers, CDNs and sitemaps (50,000 URLs of ≤ 2,048 characters) all accept. A longer
 * query is not read: the page shows its default view and says the link was adjusted.
 */
export const urlStateLimit = 2048;

/**
 * The request line (method, target, version) both servers accept: nginx's large_client_header_buffers size. A longer
 * one is 414 on both, with the error page. Far above urlStateLimit, so every link up to it is served as a page.
 */
export const requestLineLimit = 8192;

/** All request headers together (nginx: 4 buffers of 8 KB); beyond, 431 on both. Node's own default is 16 KB. */
export const headerBytesLimit = 4 * requestLineLimit;

/** A static site reads no body; one larger than this is 413 on both (nginx's client_max_body_size default). */
export const bodyBytesLimit = 1024 * 1024;

/**
 * Idle sockets. A client has 10 s to send its headers (nginx client_header_timeout, Node headersTimeout) — a
 * slowloris trickle is cut then; an idle keep-alive connection is closed after 5 s (nginx keepalive_timeout, Node
 * keepAliveTimeout): long enough for a page's follow-up requests, short enough not to hoard sockets.
 */
export const headerTimeoutMs = 10_000;
export const keepAliveTimeoutMs = 5_000;

/** The statuses that get a page of their own (out/_errors/<status>.html); 404 is Next's 404 page. */
export const errorStatuses = [400, 405, 413, 414, 431, 500];
