import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { LOCAL_ORIGIN, parseSiteOrigin, resolveBuildOrigin, TEST_ORIGIN } from "@/config/site-origin.mjs";

describe("SITE_ORIGIN", () => {
  it("is an origin only: scheme and host (and port), normalised", () => {
    expect(parseSiteOrigin("https://Scorecard.Example.vn/")).toBe("https://scorecard.example.vn");
    expect(parseSiteOrigin(" http://localhost:3000 ")).toBe("http://localhost:3000");
    expect(parseSiteOrigin("https://xn--vit-nam-e0a.vn")).toBe("https://xn--vit-nam-e0a.vn");
  });

  it("refuses what would break every absolute URL, saying what to write instead", () => {
    expect(() => parseSiteOrigin("scorecard.example.vn")).toThrow(/like https:\/\/scorecard\.example\.vn/);
    expect(() => parseSiteOrigin("ftp://scorecard.example.vn")).toThrow(/https:\/\//);
    expect(() => parseSiteOrigin("https://example.vn/ogp/")).toThrow(/use https:\/\/example\.vn/);
    expect(() => parseSiteOrigin("https://example.vn/?a=1")).toThrow(/only the scheme and host/);
    expect(() => parseSiteOrigin("https://user:pw@example.vn")).toThrow(/user name or password/);
  });

  it("npm test builds for the test address and npm start for the local server, whatever the shell says", () => {
    expect(resolveBuildOrigin({ argv: ["--test"], env: { SITE_ORIGIN: "https://real.vn", NODE_ENV: "production" } })).toEqual({ origin: TEST_ORIGIN, mode: "test" });
    expect(resolveBuildOrigin({ argv: ["--local"], env: { SITE_ORIGIN: "https://real.vn" } })).toEqual({ origin: LOCAL_ORIGIN, mode: "local" });
    expect(resolveBuildOrigin({ argv: [], env: {} })).toEqual({ origin: LOCAL_ORIGIN, mode: "local" });
    expect(resolveBuildOrigin({ argv: [], env: { SITE_ORIGIN: "https://real.vn" } })).toEqual({ origin: "https://real.vn", mode: "custom" });
  });

  it("a deploy build (--deploy, or NODE_ENV=production without CI) needs a real SITE_ORIGIN", () => {
    expect(() => resolveBuildOrigin({ argv: ["--deploy"], env: {} })).toThrow(/SITE_ORIGIN is not set/);
    expect(() => resolveBuildOrigin({ argv: [], env: { NODE_ENV: "production" } })).toThrow(/SITE_ORIGIN is not set/);
    expect(resolveBuildOrigin({ argv: [], env: { NODE_ENV: "production", CI: "true" } }).mode).toBe("local");
    for (const placeholder of ["https://ogp-scorecard.example.org", "https://example.com", "https://site.test", "http://localhost:3000"]) {
      expect(() => resolveBuildOrigin({ argv: ["--deploy"], env: { SITE_ORIGIN: placeholder } }), placeholder).toThrow(/placeholder/);
    }
    expect(resolveBuildOrigin({ argv: ["--deploy"], env: { SITE_ORIGIN: "https://ogp.vn" } })).toEqual({ origin: "https://ogp.vn", mode: "deploy" });
  });

  it("npm run build -- --deploy without SITE_ORIGIN stops before building, with instructions", () => {
    const env = { ...process.env, SITE_ORIGIN: "", CI: "" };
    const result = spawnSync(process.execPath, ["scripts/build.mjs", "--deploy"], { encoding: "utf8", env });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SITE_ORIGIN is not set/);
    expect(result.stderr).toMatch(/SITE_ORIGIN=https:\/\/\S+ npm run build -- --deploy/);
    expect(result.stdout, "nothing was built").not.toMatch(/next build|data:check/);
    const production = spawnSync(process.execPath, ["scripts/build.mjs"], { encoding: "utf8", env: { ...env, NODE_ENV: "production" } });
    expect(production.status).toBe(1);
    expect(production.stderr).toMatch(/SITE_ORIGIN is not set/);
  });
});
