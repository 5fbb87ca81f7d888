/**
 * The iframe a journalist pastes: full width, the suggested height (the whole chart and its attribution fit in it
 * from 320 px wide up), a title for screen readers, lazy loading. No `allow` list: the frame needs no permission,
 * and a feature the host's browser does not know (web-share) logs a warning on the host page.
 */
export const iframeSnippet = ({ src, title, height }: { src: string; title: string; height: number }) =>
  `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" style="width:100%;min-width:100%;border:0"></iframe>`;

/** The snippet the embed dialog offers: the iframe and, by default, the resizer that keeps it as tall as its content. */
export const embedSnippet = ({ src, title, height, resizer }: { src: string; title: string; height: number; resizer: string }) => `${iframeSnippet({ src, title, height })}\n${resizerSnippet(resizer)}`;

/** The optional script that keeps our iframes as tall as their content. */
export const resizerSnippet = (src: string) => `<script src="${escapeAttribute(src)}" async></script>`;

export const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The message an embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE_TYPE = "ogp-scorecard:height";

export type OEmbed = {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
};

/** A static oEmbed response (https://oembed.com, type "rich"): the iframe snippet and its size. */
export const oembedResponse = ({ src, title, height, provider, origin }: { src: string; title: string; height: number; provider: string; origin: string }): OEmbed => ({
  version: "1.0",
  type: "rich",
  title,
  provider_name: provider,
  provider_url: `${origin}/`,
  html: iframeSnippet({ src, title, height }),
  width: 700,
  height,
  cache_age: 86400,
});
