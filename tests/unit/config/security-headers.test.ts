import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cspFor, hashesByRoute, headersFor, headersForUri, inlineScriptHashes, renderHeadersFile, renderNginxConf, routesOfFile } from "@/config/security-headers.mjs";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

describe("inline script hashes", () => {
  it("hashes each inline script body exactly as the browser does, and skips external scripts and data blocks", () => {
    const html = [
      "<script>self.__next_f=[]</script>",
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script id="_R_">document.body.dataset.x="ệ"</script>',
      '<script type="application/ld+json">{"@type":"Dataset"}</script>',
      "<script>self.__next_f=[]</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=[]"), sha('document.body.dataset.x="ệ"')]);
  });
});

describe("headers", () => {
  it("allows a page's inline scripts by hash only: no 'unsafe-inline', no 'unsafe-eval'", () => {
    const csp = cspFor("/vi/", ["'sha256-abc='"]);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
    expect(scriptSrc).toBe("'self' 'sha256-abc='");
    expect(csp).not.toMatch(/unsafe-eval/);
  });

  it("forbids framing everywhere except the embeds, which any site may frame", () => {
    for (const path of ["/", "/vi/", "/en/criteria/fiscal-transparency/", "/vi/embedded/", "/fr/embed/x/"]) {
      const headers = headersFor(path);
      expect(headers["Content-Security-Policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["X-Frame-Options"], path).toBe("DENY");
    }
    for (const path of ["/vi/embed/score/", "/en/embed/history/"]) {
      const headers = headersFor(path);
      expect(headers["Content-Security-Policy"], path).toContain("frame-ancestors *");
      expect(headers["X-Frame-Options"], path).toBeUndefined();
    }
  });

  it("sends nosniff, a referrer policy and a permissions policy on every response", () => {
    const headers = headersFor("/_next/static/chunks/a.js");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });
});

describe("files for static hosts", () => {
  const hashes = { "404.html": ["'sha256-nf='"], "vi/index.html": ["'sha256-vi='"], "vi/embed/score/index.html": ["'sha256-em='"] };

  it("maps an exported file to the paths a host serves it at", () => {
    expect(routesOfFile("vi/index.html")).toEqual(["/vi/", "/vi/index.html"]);
    expect(routesOfFile("index.html")).toEqual(["/", "/index.html"]);
    expect(routesOfFile("404.html")).toEqual(["/404.html"]);
  });

  it("_headers gives each page its own CSP in an exact-path rule, never in the catch-all", () => {
    const { text: file, problems } = renderHeadersFile(hashes);
    expect(problems).toEqual([]);
    const rules = Object.fromEntries(file.split("\n\n").filter((block) => block.startsWith("/")).map((block) => [block.split("\n")[0], block]));
    expect(rules["/*"]).toContain("X-Content-Type-Options: nosniff");
    expect(rules["/*"]).not.toContain("Content-Security-Policy");
    expect(rules["/vi/"]).toContain("'sha256-vi='");
    expect(rules["/vi/"]).not.toContain("'sha256-em='");
    expect(rules["/vi/"]).toContain("X-Frame-Options: DENY");
    expect(rules["/vi/embed/score/"]).toContain("frame-ancestors *");
    expect(rules["/vi/embed/score/"]).not.toContain("X-Frame-Options");
  });

  it("_headers covers a language's embeds with one splat rule when they share their inline scripts, else one rule each", () => {
    const embeds = (first: string[], second: string[]) => ({ ...hashes, "vi/embed/score/index.html": first, "vi/embed/criteria/2026-11-23/index.html": second });
    const rulesOf = (text: string) => text.split("\n\n").filter((block) => block.startsWith("/")).map((block) => block.split("\n")[0]);
    const shared = renderHeadersFile(embeds(["'sha256-th='"], ["'sha256-th='"])).text;
    expect(rulesOf(shared).filter((rule) => rule.includes("/embed/"))).toEqual(["/vi/embed/*"]);
    expect(shared).toMatch(/\/vi\/embed\/\*\n {2}Content-Security-Policy: [^\n]*'sha256-th='[^\n]*frame-ancestors \*/);
    expect(shared.split("/vi/embed/*")[1].split("\n\n")[0]).not.toContain("X-Frame-Options");
    const distinct = renderHeadersFile(embeds(["'sha256-a='"], ["'sha256-b='"])).text;
    expect(rulesOf(distinct).filter((rule) => rule.includes("/embed/")).sort()).toEqual(["/vi/embed/criteria/2026-11-23/", "/vi/embed/score/"]);
  });

  it("says when _headers would exceed Cloudflare Pages' limits", () => {
    const many = Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`vi/p${index}/index.html`, []]));
    expect(renderHeadersFile(many).problems.join()).toMatch(/rules > 100/);
    const long = { "vi/index.html": Array.from({ length: 40 }, (_, index) => `'sha256-${"x".repeat(43)}${index}='`) };
    expect(renderHeadersFile(long).problems.join()).toMatch(/character line > 2000/);
  });

  it("nginx picks the CSP by URI and falls back to the 404 page's policy", () => {
    const { maps, headers } = renderNginxConf(hashes);
    expect(maps).toMatch(/default "[^"]*'sha256-nf='[^"]*";/);
    expect(maps).toMatch(/"\/vi\/index\.html" "[^"]*'sha256-vi='[^"]*frame-ancestors 'none'";/);
    expect(maps).toMatch(/"\/vi\/embed\/score\/" "[^"]*'sha256-em='[^"]*frame-ancestors \*";/);
    expect(headers).toContain("add_header Content-Security-Policy $ogp_csp always;");
    expect(headers).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});

describe("headers chosen by URI, as nginx's maps choose them (the Node server uses this)", () => {
  const routes = hashesByRoute({ "404.html": ["'sha256-nf='"], "vi/index.html": ["'sha256-vi='"], "vi/embed/score/index.html": ["'sha256-em='"] });

  it("gives a page its own CSP and frame rule, and anything else the 404 page's", () => {
    expect(headersForUri("/vi/", { routes })["Content-Security-Policy"]).toContain("'sha256-vi='");
    expect(headersForUri("/vi/index.html", { routes })["Content-Security-Policy"]).toContain("'sha256-vi='");
    const embed = headersForUri("/vi/embed/score/", { routes });
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(embed["X-Frame-Options"]).toBeUndefined();
    for (const other of ["/vi/embed/missing/", "/vi/embed/score", "/downloads/vi/x.csv", "/nope"]) {
      const headers = headersForUri(other, { routes });
      expect(headers["Content-Security-Policy"], other).toContain("'sha256-nf='");
      expect(headers["Content-Security-Policy"], other).toContain("frame-ancestors 'none'");
      expect(headers["X-Frame-Options"], other).toBe("DENY");
    }
  });

  it("adds Strict-Transport-Security for a site published over https only", () => {
    expect(headersForUri("/vi/", { routes, origin: "https://scorecard.example.vn" })["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(headersForUri("/vi/", { routes, origin: "http://localhost:3000" })["Strict-Transport-Security"]).toBeUndefined();
    expect(headersForUri("/vi/", { routes })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("puts HSTS and extra rules (the feeds' type) into _headers", () => {
    const { text } = renderHeadersFile({ "vi/index.html": [] }, { origin: "https://scorecard.example.vn", extraRules: [{ path: "/vi/feed.xml", headers: { "Content-Type": "application/atom+xml; charset=utf-8" } }] });
    const catchAll = text.split("\n\n").find((block) => block.startsWith("/*\n"));
    expect(catchAll).toContain("Strict-Transport-Security: max-age=31536000");
    expect(text).toContain("/vi/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8");
  });
});
