import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nginxMapHashSizes, renderNginxConf } from "@/config/security-headers.mjs";
import * as staticFiles from "@/config/static-files.mjs";
import { nginxConfigTest, prepareNginx } from "../../support/servers";

// The generated nginx files, checked by nginx itself (`nginx -t`) in the layout deploy/Dockerfile creates on the
// stock nginx.conf. The default map_hash_bucket_size (64 on x86-64) fails from a 54-byte key on; our keys reach 59.
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** An out/_nginx as postbuild would write it for these exported HTML files, and nginx -t's verdict on it. */
const checkWithNginx = (files: string[]) => {
  const outDir = mkdtempSync(join(tmpdir(), "ogp-nginx-out-"));
  cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));
  const hashes = Object.fromEntries(files.map((file) => [file, ["'sha256-abc='"]]));
  const conf = renderNginxConf({ ...hashes, "404.html": ["'sha256-nf='"] }, { origin: "https://scorecard.example.vn", files: staticFiles });
  mkdirSync(join(outDir, "_nginx"));
  writeFileSync(join(outDir, "_nginx", "maps.conf"), conf.maps);
  writeFileSync(join(outDir, "_nginx", "headers.conf"), conf.headers);
  writeFileSync(join(outDir, "_nginx", "files.conf"), conf.files!);
  const prepared = prepareNginx({ siteRoot: outDir, outDir, port: 8080 });
  cleanups.push(prepared.remove);
  return { conf, ...nginxConfigTest(prepared.prefix) };
};

describe("nginx map hash sizes", () => {
  it("are computed from the longest key as nginx sizes hash elements (pointer + key + 2, aligned)", () => {
    expect(nginxMapHashSizes(["/vi/"]).bucketSize).toBe(64);
    // 59 bytes → an element of 8 + 64 = 72 bytes; the default 64-byte bucket cannot hold it.
    const sizes = nginxMapHashSizes(["/en/embed/history-accessToInformation/2026-11-23/index.html"]);
    expect(sizes.bucketSize).toBeGreaterThanOrEqual(72 + 8);
    expect(Math.log2(sizes.bucketSize) % 1).toBe(0);
    expect(nginxMapHashSizes(Array.from({ length: 3000 }, (_, index) => `/${index}`)).maxSize).toBeGreaterThanOrEqual(3000);
  });

  it("nginx -t passes, without warnings, on this site's kind of keys", () => {
    const result = checkWithNginx(["vi/index.html", "en/embed/history-accessToInformation/2026-11-23/index.html", "vi/embed/compare-eligibility/2026-11-23/index.html"]);
    expect(result.output).toMatch(/test is successful/);
    expect(result.output).not.toMatch(/\[(warn|emerg)\]/);
    expect(result.conf.maps.indexOf("map_hash_bucket_size"), "set before the first map").toBeLessThan(result.conf.maps.indexOf("map $uri"));
  });

  it("and on much longer and many more keys than today's", () => {
    const long = Array.from({ length: 5 }, (_, index) => `vi/embed/${"a-very-long-chart-name-".repeat(10)}${index}/2026-11-23/index.html`);
    const many = Array.from({ length: 1500 }, (_, index) => `en/embed/chart-${index}/2026-11-23/index.html`);
    const result = checkWithNginx([...long, ...many]);
    expect(result.output).toMatch(/test is successful/);
    expect(result.output).not.toMatch(/\[(warn|emerg)\]/);
  });

  it("the unchanged stock default would fail, which is why the size is generated", () => {
    const result = checkWithNginx(["en/embed/history-accessToInformation/2026-11-23/index.html"]);
    const prepared = mkdtempSync(join(tmpdir(), "ogp-nginx-default-"));
    cleanups.push(() => rmSync(prepared, { recursive: true, force: true }));
    const withoutSizes = result.conf.maps.replace(/^map_hash_(bucket|max)_size \d+;$/gm, "");
    mkdirSync(join(prepared, "_nginx"));
    writeFileSync(join(prepared, "_nginx", "maps.conf"), withoutSizes);
    writeFileSync(join(prepared, "_nginx", "headers.conf"), result.conf.headers);
    writeFileSync(join(prepared, "_nginx", "files.conf"), result.conf.files!);
    const nginx = prepareNginx({ siteRoot: prepared, outDir: prepared, port: 8080 });
    cleanups.push(nginx.remove);
    expect(nginxConfigTest(nginx.prefix).output).toMatch(/could not build map_hash/);
  });
});

describe("generated files", () => {
  it("send HSTS only for an https address, and 405's Allow by method", () => {
    const https = renderNginxConf({ "404.html": [] }, { origin: "https://scorecard.example.vn", files: staticFiles });
    expect(https.headers).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
    expect(renderNginxConf({ "404.html": [] }, { origin: "http://intranet.local", files: staticFiles }).headers).not.toContain("Strict-Transport-Security");
    expect(https.headers).toContain("add_header Allow $ogp_allow always;");
    expect(https.maps).toMatch(/map \$request_method \$ogp_allow \{\n {2}default "GET, HEAD";\n {2}GET "";\n {2}HEAD "";\n\}/);
  });

  it("give nginx the same media types as the Node server, text with charset and compression", () => {
    const { files } = renderNginxConf({ "404.html": [] }, { files: staticFiles });
    for (const [extension, type] of Object.entries(staticFiles.mediaTypes)) expect(files).toContain(`  ${type} ${extension.slice(1)};`);
    expect(files).toMatch(/charset_types [^;]*text\/csv[^;]*application\/x-bibtex[^;]*;/);
    expect(files).toMatch(/gzip_types [^;]*text\/csv[^;]*image\/svg\+xml;/);
    expect(files).toContain(`location ~ "${staticFiles.hiddenPathPattern.replaceAll("\\", "\\\\")}"`);
  });
});
