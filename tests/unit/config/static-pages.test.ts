import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isEmbedPath, routesOfFile } from "@/config/security-headers.mjs";
import { withoutFrameworkScripts } from "@/scripts/static-pages.mjs";

/** How scripts/postbuild.mjs tells embeds (no script of ours) from other pages. */
const isEmbedFile = (file: string) => isEmbedPath(routesOfFile(file)[0]);

// A page as `next build` writes it: Next's chunks, a preload, the RSC payload inline, and our own scripts.
const theme = '(function(){var m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);})();';
const page = (main: string) =>
  [
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script></head>',
    `<body><main>${main}</main>`,
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"\\u003csvg"])</script></body></html>',
  ].join("");
const embed = page(`<script>${theme}</script><svg role="img"><title>Bốn tiêu chí</title></svg><script src="/embed/frame.js" async=""></script>`);
// Text that only looks like a script tag: a regular expression would cut it, the parser sees a paragraph and a textarea.
const lookalike = '<p>&lt;script src="/_next/x.js"&gt;</p><textarea><script src="/_next/static/chunks/a.js"></script></textarea>';
const content = page(`<h1>Điểm</h1>${lookalike}<a href="/vi/?chart=criteria#criteria" data-enhance="share">Liên kết</a>`);

describe("pages without the simulator carry no framework scripts", () => {
  it("tells the embed pages of both languages from the others", () => {
    expect(isEmbedFile("vi/embed/criteria/index.html")).toBe(true);
    expect(isEmbedFile("en/embed/criteria/2026-11-23/index.html")).toBe(true);
    expect(isEmbedFile("vi/index.html")).toBe(false);
    expect(isEmbedFile("vi/path/with/embed/index.html")).toBe(false);
  });

  it("removes Next's chunks, preloads and inline payload from an embed, and keeps the chart, the stylesheet, the theme switch and frame.js", () => {
    const { html, removed, enhanced } = withoutFrameworkScripts(embed);
    expect(removed).toBe(6);
    expect(enhanced).toBe(false);
    expect(html).not.toContain("/_next/static/chunks/a.js");
    expect(html).not.toContain("poly.js");
    expect(html).not.toContain('as="script"');
    expect(html).not.toMatch(/__next_f|TURBOPACK/);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(html).toContain('<svg role="img"><title>Bốn tiêu chí</title></svg>');
    expect(html).toContain(`<script>${theme}</script>`);
    expect(html).toContain('<script src="/embed/frame.js" async=""></script>');
    expect(inlineScriptHashes(html)).toHaveLength(1);
  });

  it("gives a page with something to enhance our own deferred script, last in <body>, and keeps text that only looks like a script", () => {
    const { html, removed, enhanced } = withoutFrameworkScripts(content, { script: "/enhance.js" });
    expect(removed).toBe(6);
    expect(enhanced).toBe(true);
    expect(html).toContain(lookalike);
    expect(html).toMatch(/<a href="\/vi\/\?chart=criteria#criteria" data-enhance="share">Liên kết<\/a><\/main><script src="\/enhance.js" defer=""><\/script><\/body><\/html>$/);
    expect(inlineScriptHashes(html)).toHaveLength(0);
  });

  it("adds no script to a page with nothing to enhance", () => {
    const { html, enhanced } = withoutFrameworkScripts(page("<h1>404</h1>"), { script: "/enhance.js" });
    expect(enhanced).toBe(false);
    expect(html).not.toContain("<script");
  });

  it("changes nothing the second time", () => {
    for (const [input, options] of [[embed, {}], [content, { script: "/enhance.js" }]] as const) {
      const once = withoutFrameworkScripts(input, options).html;
      expect(withoutFrameworkScripts(once, options)).toMatchObject({ html: once, removed: 0 });
    }
  });
});
