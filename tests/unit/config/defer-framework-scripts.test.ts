import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/config/security-headers.mjs";
import { deferFrameworkScripts, scriptLoader } from "@/scripts/defer-framework-scripts.mjs";

const page = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script></head>',
  '<body><p>Điểm 8/16</p><script id="_R_">x()</script><script src="/_next/static/chunks/c.js" async=""></script>',
  "<script>self.__next_f.push([1,\"\\u003c/body\\u003e\"])</script></body></html>",
].join("");

/** Runs the loader against a fake document and reports which scripts it added, before and after `load`. */
const runLoader = (loader: string, readyState: "loading" | "complete") => {
  const added: string[] = [];
  const listeners: Array<() => void> = [];
  const document = { readyState, createElement: () => ({}) as { src?: string }, body: { appendChild: (element: { src: string }) => added.push(element.src) } };
  runInNewContext(loader, { document, addEventListener: (type: string, listener: () => void) => type === "load" && listeners.push(listener) });
  return { added, fireLoad: () => listeners.forEach((listener) => listener()) };
};

describe("framework scripts wait for the page to load", () => {
  it("removes the async script tags and their preload, keeps the rest, and ends the body with one loader", () => {
    const { html, deferred } = deferFrameworkScripts(page);
    expect(deferred).toBe(3);
    expect(html).not.toMatch(/<script src="[^"]*" async=""/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(html).toContain('<script id="_R_">x()</script>');
    expect(html).toContain("<p>Điểm 8/16</p>");
    expect(html.endsWith(`<script>${scriptLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/c.js"])}</script></body></html>`)).toBe(true);
  });

  it("adds every script only after the load event, or at once when the page has already loaded", () => {
    const loader = scriptLoader(["/a.js", "/b.js"]);
    const waiting = runLoader(loader, "loading");
    expect(waiting.added).toEqual([]);
    waiting.fireLoad();
    expect(waiting.added).toEqual(["/a.js", "/b.js"]);
    expect(runLoader(loader, "complete").added).toEqual(["/a.js", "/b.js"]);
  });

  it("leaves a page without async scripts as it was (running postbuild twice changes nothing)", () => {
    const once = deferFrameworkScripts(page).html;
    expect(deferFrameworkScripts(once)).toEqual({ html: once, deferred: 0, sources: [] });
  });

  it("the loader is an inline script the page's CSP hashes", () => {
    const { html } = deferFrameworkScripts(page);
    expect(inlineScriptHashes(html)).toHaveLength(inlineScriptHashes(page).length + 1);
  });
});
