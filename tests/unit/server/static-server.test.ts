import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request as httpRequest, type Server } from "node:http";
import { Socket, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorStatuses, requestLineLimit } from "@/config/request-limits.mjs";
import { canonicalPath, createStaticServer, redirectLocation } from "@/scripts/static-server.mjs";

// The server on a small site of its own (the full build is checked against nginx in tests/e2e/server-parity.spec.ts):
// pages, a 404 page, build files, a folder named like the root, and symlinks out.
let base: string;
let server: Server;
let port: number;
const logged: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "ogp-serve-"));
  const root = join(base, "out");
  const page = "<!doctype html><title>vi</title>" + "<p>Việt Nam</p>".repeat(40);
  for (const [path, body] of Object.entries({ "index.html": "<!doctype html><title>root</title>", "vi/index.html": page, "vi/embed/x/index.html": "<!doctype html><title>embed</title>", "404.html": "<!doctype html><title>not found</title>", "_headers": "/*", "_csp-hashes.json": JSON.stringify({ "vi/index.html": ["'sha256-vi='"], "404.html": ["'sha256-nf='"] }), "_site.json": JSON.stringify({ origin: "https://scorecard.example.vn" }), "_nginx/maps.conf": "map", ...Object.fromEntries(errorStatuses.map((status) => [`_errors/${status}.html`, `<!doctype html><title>error ${status}</title>`])), "data.csv": "a,b\r\n1,2\r\n", "_next/static/app.js": "console.log(1)" })) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  writeFileSync(join(root, "vi/index.html.gz"), gzipSync(page));
  mkdirSync(join(base, "out-secret"));
  writeFileSync(join(base, "out-secret", "secret.txt"), "secret");
  symlinkSync(join(base, "out-secret"), join(root, "leak"));
  server = createStaticServer({ root, log: (message) => logged.push(message) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

const get = (path: string, options: { method?: string; headers?: Record<string, string> } = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("latin1");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });

describe("paths", () => {
  it("resolves dots and slashes as nginx does and refuses what cannot be a path", () => {
    expect(canonicalPath("/vi/")).toEqual({ path: "/vi/" });
    expect(canonicalPath("//vi//embed/./x/")).toEqual({ path: "/vi/embed/x/" });
    expect(canonicalPath("/%E4%B8%AD%2F..%2Fvi")).toEqual({ path: "/vi" });
    expect(canonicalPath("/vi/..")).toEqual({ path: "/" });
    for (const bad of ["/..", "/..%2fout-secret/secret.txt", "/%ZZ", "/%C3%28", "/a%00b", "vi/", "*"]) expect(canonicalPath(bad), bad).toEqual({ status: 400 });
  });

  it("writes Location as one leading slash and percent-escapes, never a header-breaking character", () => {
    expect(redirectLocation("/tài liệu", "")).toBe("/t%C3%A0i%20li%E1%BB%87u/");
    expect(redirectLocation("/a\nb", "?x=\r\n")).toBe("/a%0Ab/?x=%0D%0A");
    expect(redirectLocation("/\u2028", "")).toBe("/%E2%80%A8/");
  });
});

describe("answers", () => {
  it("serves a page with its policy, and the precompressed copy the client accepts", async () => {
    const page = await get("/vi/", { headers: { "Accept-Encoding": "br;q=1, gzip;q=0.8" } });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("gzip"); // no .br was built for this file
    expect(page.headers["content-security-policy"]).toContain("'sha256-vi='");
    expect(page.headers["strict-transport-security"]).toBe("max-age=31536000");
    expect((await get("/vi/", { headers: { "Accept-Encoding": "gzip;q=0" } })).headers["content-encoding"]).toBeUndefined();
  });

  it("hides build files and symlinks out of the root; 404s are never immutable", async () => {
    for (const path of ["/_headers", "/_csp-hashes.json", "/_site.json", "/_nginx/maps.conf", "/vi/index.html.gz", "/404.html", "/leak/secret.txt", "/_next/static/missing.js"]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toContain("not found");
      expect(answer.headers["cache-control"], path).toBe("public, max-age=0, must-revalidate");
    }
    expect((await get("/_next/static/app.js")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers 405 with Allow to anything but GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "PROPFIND", "OPTIONS"]) {
      const answer = await get("/vi/", { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow, method).toBe("GET, HEAD");
    }
  });
});

/** Bytes no HTTP client library would send; the whole answer, as latin1. */
const raw = (bytes: string, to = port) =>
  new Promise<string>((resolve) => {
    const socket = new Socket();
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("close", () => resolve(data));
    socket.on("error", () => resolve(data));
    socket.setTimeout(5000, () => socket.destroy());
    socket.connect(to, "127.0.0.1", () => socket.write(Buffer.from(bytes, "latin1")));
  });

describe("every refusal is a page with the site's headers", () => {
  const expectRefusal = (answer: string, status: number) => {
    const [head, body] = [answer.slice(0, answer.indexOf("\r\n\r\n")), answer.slice(answer.indexOf("\r\n\r\n") + 4)];
    expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(head).toMatch(/\r\ncontent-security-policy: [^\r]*'sha256-nf='[^\r]*frame-ancestors 'none'/i);
    expect(head).toMatch(/\r\nx-frame-options: DENY\r\n/i);
    expect(head).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
    expect(head).toMatch(/\r\nstrict-transport-security: max-age=31536000\r\n/i);
    expect(head).toMatch(/\r\ncontent-type: text\/html; charset=utf-8\r\n/i);
    expect(body).toContain(`<title>error ${status}</title>`);
    return head;
  };
  const request = (target: string, headers = "") => `GET ${target} HTTP/1.1\r\nHost: x\r\n${headers}Connection: close\r\n\r\n`;

  it("400 for what cannot be a path, before and after Node's parser", async () => {
    expectRefusal(await raw(request("/%ZZ")), 400);
    expectRefusal(await raw(request("/\xff")), 400);
    expectRefusal(await raw("GARBAGE\r\n\r\n"), 400);
    expectRefusal(await raw("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n"), 400);
  });
  it("405 with Allow for other methods, CONNECT included", async () => {
    expect(expectRefusal(await raw("POST /vi/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), 405)).toMatch(/\r\nallow: GET, HEAD/i);
    expect(expectRefusal(await raw(`${"A".repeat(1024)} / HTTP/1.1\r\nHost: x\r\n\r\n`), 405), "an unknown method, refused by Node's parser").toMatch(/\r\nallow: GET, HEAD/i);
    expect(expectRefusal(await raw("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n"), 405)).toMatch(/\r\nallow: GET, HEAD/i);
  });
  it("413 for a body over 1 MB, 414 for a request line over the limit, 431 for headers over 32 KB", async () => {
    expectRefusal(await raw(request("/vi/", "Content-Length: 2000000\r\n")), 413);
    expectRefusal(await raw(request(`/vi/?${"a".repeat(requestLineLimit)}`)), 414);
    expectRefusal(await raw(request(`/vi/?${"a".repeat(64 * 1024)}`)), 414); // past Node's parser limit: clientError
    expectRefusal(await raw(request("/vi/", `X-Big: ${"b".repeat(40 * 1024)}\r\n`)), 431);
    expect((await get(`/vi/?${"a".repeat(requestLineLimit - 100)}`)).status).toBe(200);
  });
  it("500 with the page when the build's files cannot be read, and the server goes on", async () => {
    const brokenRoot = join(base, "broken");
    mkdirSync(join(brokenRoot, "_errors"), { recursive: true });
    writeFileSync(join(brokenRoot, "index.html"), "<!doctype html><title>x</title>");
    writeFileSync(join(brokenRoot, "_csp-hashes.json"), "{ half-written");
    writeFileSync(join(brokenRoot, "_errors", "500.html"), "<!doctype html><title>error 500</title>");
    const messages: string[] = [];
    const broken = createStaticServer({ root: brokenRoot, log: (message) => messages.push(message) });
    await new Promise<void>((resolve) => broken.listen(0, "127.0.0.1", resolve));
    const brokenPort = (broken.address() as AddressInfo).port;
    try {
      const answer = await raw(request("/"), brokenPort);
      expect(answer).toMatch(/^HTTP\/1\.1 500 /);
      expect(answer).toMatch(/\r\nx-frame-options: DENY\r\n/i);
      expect(answer).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
      expect(answer).toContain("<title>error 500</title>");
      expect(messages.join("\n")).toContain("JSON");
      expect(await raw(request("/"), brokenPort), "still answering").toMatch(/^HTTP\/1\.1 \d{3} /);
    } finally {
      await new Promise((resolve) => broken.close(resolve));
    }
  });
  it("the error pages themselves are not served as pages", async () => {
    expect((await get("/_errors/400.html")).status).toBe(404);
  });
});

describe("any request", () => {
  it("gets an answer that stays on this site, and the server keeps serving (property test)", async () => {
    const piece = fc.oneof(
      fc.constantFrom("..", ".", "", "vi", "embed", "x", "%2F", "%2f", "%5C", "%2E%2E", "%00", "%0A", "%0D", "%01", "%E2%80%A8", "%F0%9F%98%80", "%E4%B8%AD", "%C3%28", "%ZZ", "%", "evil.example", "\\", "?", "#", "leak", "out-secret", "_nginx", "404.html"),
      fc.string({ unit: "grapheme-ascii", maxLength: 6 }).map((text) => encodeURIComponent(text)),
      fc.string({ unit: "grapheme", maxLength: 3 }).map((text) => encodeURIComponent(text)),
    );
    const path = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => `/${pieces.join("/")}`);
    await fc.assert(
      fc.asyncProperty(path, fc.constantFrom("GET", "HEAD", "POST"), async (target, method) => {
        const answer = await get(target, { method });
        expect([200, 301, 400, 404, 405]).toContain(answer.status);
        if (answer.status === 301) {
          const location = String(answer.headers.location);
          expect(location, target).toMatch(/^\/(?![/\\])/); // relative, one slash: never another host
          expect(location, target).not.toMatch(/[^\x21-\x7e]/);
        }
        expect(answer.body, target).not.toContain("secret");
      }),
      { numRuns: 400 },
    );
    expect((await get("/vi/")).status).toBe(200);
    expect(logged, "no request made the server log an error").toEqual([]);
  });
});

describe("npm start's server (scripts/serve.mjs)", () => {
  const listenOn = (env: Record<string, string | undefined>) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["scripts/serve.mjs", "0"], { env: { ...process.env, HOST: undefined, ...env, OUT_DIR: join(base, "out") }, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk) => {
        output += chunk;
        const address = /at (http:\/\/\S+\/)/.exec(output)?.[1];
        if (address) {
          child.kill();
          resolve(address);
        }
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
    });

  it("listens on 127.0.0.1 only unless HOST says otherwise, on the port the kernel picks for 0", async () => {
    expect(await listenOn({})).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await listenOn({ HOST: "0.0.0.0" })).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/$/);
  });
});
