// The site's public address (SITE_ORIGIN) is configuration: every absolute URL the build writes (embed snippets,
// oEmbed, citations, canonical and hreflang links, preview images, sitemap, feeds, resize.js) starts with it.
// Plain ESM so that scripts/build.mjs, scripts/postbuild.mjs and config/site.ts share one reading of it.

/** What `npm start` builds for: the address scripts/serve.mjs answers on, so embeds and previews work locally. */
export const LOCAL_ORIGIN = "http://localhost:3000";

/** What `npm test` builds for: a reserved name (RFC 2606 ".test") that can never be someone's real site. */
export const TEST_ORIGIN = "https://ogp-scorecard.test";

// RFC 2606 / RFC 6761 names: fine for local and test builds, never the address of a published site.
const placeholderHost = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/i;

export class SiteOriginError extends Error {
  constructor(message) {
    super(message);
    this.name = "SiteOriginError";
  }
}

/**
 * "https://Scorecard.example.vn/" → "https://scorecard.example.vn". Only an origin: http or https, a host, an
 * optional port, nothing after it (a path would break every absolute URL the build writes).
 * @param {string} value
 * @returns {string}
 */
export const parseSiteOrigin = (value) => {
  const text = String(value ?? "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new SiteOriginError(`SITE_ORIGIN must be an address like https://scorecard.example.vn, found ${JSON.stringify(text)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new SiteOriginError(`SITE_ORIGIN must start with https:// (or http://), found ${JSON.stringify(text)}`);
  if (url.username || url.password) throw new SiteOriginError(`SITE_ORIGIN must not contain a user name or password, found ${JSON.stringify(text)}`);
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || /[?#]/.test(text)) {
    throw new SiteOriginError(`SITE_ORIGIN is only the scheme and host (the site is served from the root), found ${JSON.stringify(text)}; use ${url.origin}`);
  }
  return url.origin;
};

/** Whether an origin is a reserved placeholder (example.org, *.test, localhost …) rather than a real address. */
export const isPlaceholderOrigin = (origin) => placeholderHost.test(new URL(origin).hostname);

/**
 * The origin a build writes into the site, and why.
 *   --test    TEST_ORIGIN (npm test, .ci/run): fixed, so tests never depend on the environment;
 *   --local   LOCAL_ORIGIN (npm start);
 *   --deploy, or NODE_ENV=production without CI: SITE_ORIGIN is required and must be a real address;
 *   otherwise SITE_ORIGIN when set, else LOCAL_ORIGIN.
 * @param {{ argv?: string[], env?: Record<string, string | undefined> }} input
 * @returns {{ origin: string, mode: "test" | "local" | "deploy" | "custom" }}
 */
export const resolveBuildOrigin = ({ argv = [], env = {} }) => {
  if (argv.includes("--test")) return { origin: TEST_ORIGIN, mode: "test" };
  if (argv.includes("--local")) return { origin: LOCAL_ORIGIN, mode: "local" };
  const deploy = argv.includes("--deploy") || (env.NODE_ENV === "production" && !env.CI);
  const given = env.SITE_ORIGIN?.trim();
  if (deploy) {
    if (!given) {
      throw new SiteOriginError(
        [
          "SITE_ORIGIN is not set, and this is a deploy build (--deploy, or NODE_ENV=production without CI).",
          "The site's address goes into every embed snippet, oEmbed file, citation, canonical link, preview image,",
          "sitemap, feed and embed/resize.js, so it must be known now. Build with, for example:",
          "  SITE_ORIGIN=https://scorecard.example.vn npm run build -- --deploy",
          "(Docker: docker build --build-arg SITE_ORIGIN=https://… -f deploy/Dockerfile .). For a local preview use npm start.",
        ].join("\n"),
      );
    }
    const origin = parseSiteOrigin(given);
    if (isPlaceholderOrigin(origin)) throw new SiteOriginError(`SITE_ORIGIN=${origin} is a reserved placeholder name, not the address the site will be published at.`);
    return { origin, mode: "deploy" };
  }
  return given ? { origin: parseSiteOrigin(given), mode: "custom" } : { origin: LOCAL_ORIGIN, mode: "local" };
};
