// The small static page each refusal is answered with (400, 405, 413, 414, 431, 500), in Vietnamese then English,
// written by postbuild to out/_errors/<status>.html and sent by both servers (scripts/static-server.mjs,
// deploy/nginx.conf). No script and no external file: it must render whatever state the request was in.

const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * @param {number} status
 * @param {{ vi: { errorPage: Record<string, any> }, en: { errorPage: Record<string, any> } }} messages
 */
export const renderErrorPage = (status, messages) => {
  const part = (locale) => {
    const texts = messages[locale].errorPage;
    const text = texts[String(status)];
    if (!text) throw new Error(`messages/${locale}.json has no errorPage.${status}`);
    return `<section lang="${locale}"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.body)}</p><p><a href="/${locale}/">${escapeHtml(texts.home)}</a></p></section>`;
  };
  const title = `${status} · ${messages.vi.errorPage[String(status)]?.title} · ${messages.en.errorPage[String(status)]?.title}`;
  return [
    "<!doctype html>",
    '<html lang="vi">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}h1{font-size:1.4rem}section+section{border-top:1px solid #ccc;margin-top:1.5rem}a{color:#0b5cad}@media (prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#8cc4ff}}</style>",
    "</head>",
    `<body><main><p>HTTP ${status}</p>${part("vi")}${part("en")}</main></body>`,
    "</html>",
    "",
  ].join("\n");
};
