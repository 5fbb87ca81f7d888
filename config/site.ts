/** Where the site lives and how it may be reused; every absolute URL (canonical, og:image, oEmbed) starts here. */
export const site = {
  origin: process.env.SITE_ORIGIN ?? "https://ogp-scorecard.example.org",
  repository: "vietnam-ogp-scorecard",
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
} as const;
