// One place for the HTTP headers the site is served with: the local server (npm start, browser tests)
// and the files shipped for static hosts are all generated from here.

/** Embeds may be framed by any site; every other page may not be framed at all. */
export const isEmbedPath = (pathname) => /^\/(vi|en)\/embed\//.test(pathname);

export const baseHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** @param {string} pathname @param {{ scriptHashes?: string[] }} [options] */
export const headersFor = (pathname, options = {}) => {
  const scriptSrc = ["'self'", ...(options.scriptHashes ?? [])].join(" ");
  const frameAncestors = isEmbedPath(pathname) ? "*" : "'none'";
  const csp = [
    "default-src 'self'",
    `script-src ${options.scriptHashes ? scriptSrc : "'self' 'unsafe-inline'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
  return {
    ...baseHeaders,
    "Content-Security-Policy": csp,
    ...(isEmbedPath(pathname) ? {} : { "X-Frame-Options": "DENY" }),
  };
};
