import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isEmbedPath, routesOfFile } from "@/config/security-headers.mjs";
import { withoutFrameworkScripts } from "@/scripts/static-embeds.mjs";

/** How scripts/postbuild.mjs picks the exported files it strips. */
const isEmbedFile = (file: string) => isEmbedPath(routesOfFile(file)[0]);

// An embed page as `next build` writes it: Next's chunks, a preload, the RSC payload inline, and our two scripts.
const theme = '(function(){var m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);})();';
const embed = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script></head>',
  `<body><main><script>${theme}</script><svg role="img"><title>Bốn tiêu chí</title></svg>`,
  '<script src="/embed/frame.js" async=""></script></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"\\u003csvg"])</script></body></html>',
].join("");

describe("embed pages carry no framework scripts", () => {
  it("applies to the embed pages of both languages and nothing else", () => {
    expect(isEmbedFile("vi/embed/criteria/index.html")).toBe(true);
    expect(isEmbedFile("en/embed/criteria/2026-11-23/index.html")).toBe(true);
    expect(isEmbedFile("vi/index.html")).toBe(false);
    expect(isEmbedFile("vi/path/with/embed/index.html")).toBe(false);
  });

  it("removes Next's chunks, preloads and inline payload, and keeps the chart, the stylesheet, the theme switch and frame.js", () => {
    const { html, removed } = withoutFrameworkScripts(embed);
    expect(removed).toBe(5);
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

  it("changes nothing the second time", () => {
    const once = withoutFrameworkScripts(embed).html;
    expect(withoutFrameworkScripts(once)).toEqual({ html: once, removed: 0 });
  });
});
