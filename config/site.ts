import { LOCAL_ORIGIN, parseSiteOrigin } from "./site-origin.mjs";

/**
 * Where the site lives and how it may be reused; every absolute URL (canonical, og:image, oEmbed, feeds) starts
 * with `origin`. `npm run build` (scripts/build.mjs) decides SITE_ORIGIN and passes it to every build step;
 * anything that reads this without it (unit tests) gets the local address.
 */
export const site = {
  origin: parseSiteOrigin(process.env.SITE_ORIGIN ?? LOCAL_ORIGIN),
  repository: "vietnam-ogp-scorecard",
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
} as const;
