import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { Socket } from "node:net";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { frozenReleaseIds } from "@/lib/data/read-dataset";
import { headerTimeoutMs, keepAliveTimeoutMs, urlStateLimit } from "@/config/request-limits.mjs";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { prepareSiteCopy, startNginx, startNodeServer, type RunningServer } from "../support/servers";

// One request table, two servers: scripts/serve.mjs (npm start, these tests) and nginx with the generated config in
// the Dockerfile's layout. Both serve the same copy of out/, which sits beside files they must never hand out
// (out-secret/, outside-secret/, symlinks leading there). Where the two differ by design, the row says why.
test.describe.configure({ mode: "default" }); // in order, in one worker: the servers are shared

type Answer = { status: number; headers: Record<string, string>; body: Buffer };
type ServerName = "node" | "nginx";

let site: ReturnType<typeof prepareSiteCopy>;
const servers = {} as Record<ServerName, RunningServer>;
const parityRows: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = prepareSiteCopy();
  // A folder with a non-ASCII name, to see how each server writes it into a Location header.
  mkdirSync(join(site.root, "tài liệu"));
  writeFileSync(join(site.root, "tài liệu", "index.html"), "<!doctype html><title>x</title>");
  [servers.node, servers.nginx] = await Promise.all([startNodeServer(site.root), startNginx({ siteRoot: site.root })]);
});

test.afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server?.stop()));
  site?.remove();
  mkdirSync("reports", { recursive: true });
  // For people: one row per request, "=" where both servers sent the same header, "—" where neither sent it.
  const head = ["request", "status", ...comparedHeaders];
  writeFileSync(join("reports", "server-parity.md"), [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...parityRows].join("\n") + "\n");
});

/** One HTTP request with the path sent exactly as written (no client-side normalisation). */
const call = (server: RunningServer, path: string, options: { method?: string; headers?: Record<string, string> } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: server.port, path, method: options.method ?? "GET", headers: { Connection: "close", ...options.headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`${server.name} did not answer ${path}`)));
    req.end();
  });

/** Bytes no HTTP client library would send; returns the status line. */
const raw = (server: RunningServer, bytes: Buffer) =>
  new Promise<string>((resolve) => {
    const socket = new Socket();
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("close", () => resolve(data.split("\r\n")[0]));
    socket.on("error", () => resolve(data.split("\r\n")[0]));
    socket.setTimeout(5000, () => socket.destroy());
    // Sent like a real client: the request, then wait for the server to answer and close (Connection: close).
    socket.connect(server.port, "127.0.0.1", () => socket.write(bytes));
  });

const decoded = (answer: Answer) => {
  const encoding = answer.headers["content-encoding"];
  return encoding === "br" ? brotliDecompressSync(answer.body) : encoding === "gzip" ? gunzipSync(answer.body) : answer.body;
};

const out = (path: string) => readFileSync(join(process.cwd(), "out", path));
const release = frozenReleaseIds()[0];
const chunk = readdirSync(join(process.cwd(), "out", "_next", "static", "chunks")).find((name) => name.endsWith(".js"))!;

// The policy headers both servers must send alike (config/security-headers.mjs), and what else is compared.
const policyHeaders = ["content-security-policy", "x-frame-options", "strict-transport-security", "x-content-type-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy"];
const comparedHeaders = [...policyHeaders, "content-type", "cache-control", "location", "allow", "vary", "content-encoding"];

// A redirect's body is nginx's own little HTML page; Node's is empty (no Content-Type).
const redirect = { differs: ["content-type"] };

const expectPolicy = (answer: Answer, framable: boolean) => {
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(answer.headers["strict-transport-security"], "HSTS: the test build's address is https").toBe("max-age=31536000");
  if (framable) {
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(answer.headers["x-frame-options"]).toBeUndefined();
  } else {
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  }
};

const expectNotFoundPage = (answer: Answer) => {
  expect(answer.status).toBe(404);
  expect(decoded(answer).toString("utf8")).toContain(vi.notFound.title);
  expect(answer.headers["cache-control"], "a 404 is never cached as immutable").not.toMatch(/immutable/);
  expectPolicy(answer, false);
};

/** A refusal: the small bilingual page of out/_errors/, Vietnamese first, with the policy of any page. */
const expectErrorPage = (answer: Answer, status: 400 | 405 | 413 | 414 | 431) => {
  expect(answer.status).toBe(status);
  expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(answer.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
  const body = decoded(answer).toString("utf8");
  expect(body.indexOf(vi.errorPage[status].title), "the Vietnamese text").toBeGreaterThan(0);
  expect(body.indexOf(en.errorPage[status].title), "then the English").toBeGreaterThan(body.indexOf(vi.errorPage[status].title));
  expectPolicy(answer, false);
};

/** Requests a row from both servers, checks each, then checks they agree on every compared header (minus `differs`). */
const both = async (label: string, path: string, check: (answer: Answer, server: ServerName) => void, options: { method?: string; headers?: Record<string, string>; differs?: string[] } = {}) => {
  const answers = {} as Record<ServerName, Answer>;
  for (const name of ["node", "nginx"] as const) {
    answers[name] = await call(servers[name], path, options);
    await test.step(`${name}: ${answers[name].status}`, () => check(answers[name], name));
  }
  const ignored = new Set(options.differs ?? []);
  const cell = (header: string) => {
    const [node, nginx] = [answers.node.headers[header], answers.nginx.headers[header]];
    return node === nginx ? (node === undefined ? "—" : "=") : `node: ${node ?? "—"} / nginx: ${nginx ?? "—"}`;
  };
  const status = answers.node.status === answers.nginx.status ? String(answers.node.status) : `node ${answers.node.status} / nginx ${answers.nginx.status}`;
  parityRows.push(`| ${label.replaceAll("|", "\\|")} | ${status} | ${comparedHeaders.map(cell).join(" | ")} |`);
  for (const header of comparedHeaders) {
    if (!ignored.has(header)) expect(answers.node.headers[header], `${header} on ${path}: node and nginx differ`).toBe(answers.nginx.headers[header]);
  }
  expect(answers.node.status, `status of ${path}`).toBe(answers.nginx.status);
  return answers;
};

test.describe("pages, files and their headers", () => {
  test("a page: 200, its own CSP (no inline script allowed where it has none), never framed", async () => {
    await both("GET /vi/", "/vi/", (answer) => {
      expect(answer.status).toBe(200);
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.headers["content-security-policy"]).toContain("script-src 'self';");
      expect(decoded(answer).equals(out("vi/index.html"))).toBe(true);
      expectPolicy(answer, false);
    });
    // The simulator's page keeps the framework, and with it inline scripts, each allowed by its hash.
    await both("GET /vi/path/", "/vi/path/", (answer) => {
      expect(answer.status).toBe(200);
      expect(answer.headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
      expectPolicy(answer, false);
    });
  });

  test("an embed page, live and pinned: any site may frame it", async () => {
    for (const path of ["/en/embed/criteria/", `/vi/embed/score-history/${release}/`]) {
      await both(`GET ${path}`, path, (answer) => {
        expect(answer.status).toBe(200);
        expectPolicy(answer, true);
      });
    }
  });

  test("a missing embed page gets the 404 page with the 404 page's frame headers, on both servers", async () => {
    await both("GET /en/embed/no-such-chart/", "/en/embed/no-such-chart/", expectNotFoundPage);
  });

  test("a missing page gets the bilingual 404 page", async () => {
    await both("GET /vi/no-such-page/", "/vi/no-such-page/", expectNotFoundPage);
  });

  const types: Array<[string, string]> = [
    ["/downloads/data/sources.csv", "text/csv; charset=utf-8"],
    ["/downloads/vi/cite-ogp-scorecard.bib", "application/x-bibtex; charset=utf-8"],
    ["/downloads/vi/criteria.svg", "image/svg+xml; charset=utf-8"],
    ["/api/v1/index.json", "application/json; charset=utf-8"],
    ["/vi/feed.xml", "application/atom+xml; charset=utf-8"],
    ["/sitemap.xml", "application/xml; charset=utf-8"],
    ["/robots.txt", "text/plain; charset=utf-8"],
    ["/embed/resize.js", "text/javascript; charset=utf-8"],
    ["/og/vi/home.png", "image/png"],
  ];
  for (const [path, type] of types) {
    test(`${path} is sent as ${type}, compressed when it is text`, async () => {
      const compressible = type.includes("charset") && statSync(join("out", path)).size >= 256; // smaller: not worth it
      await both(`GET ${path} (gzip)`, path, (answer) => {
        expect(answer.status).toBe(200);
        expect(answer.headers["content-type"]).toBe(type);
        expect(answer.headers["content-encoding"]).toBe(compressible ? "gzip" : undefined);
        expect(decoded(answer).equals(out(path.slice(1))), "the body is the file").toBe(true);
      }, { headers: { "Accept-Encoding": "gzip" } });
    });
  }

  test("the framework's hashed files are cached for a year; a missing one is a plain 404, not cached", async () => {
    await both("GET /_next/static/chunks/<hash>.js", `/_next/static/chunks/${chunk}`, (answer) => {
      expect(answer.status).toBe(200);
      expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    });
    await both("GET /_next/static/chunks/missing.js", "/_next/static/chunks/missing.js", expectNotFoundPage);
  });

  test("a folder without its trailing slash redirects on site, keeping the query", async () => {
    await both("GET /vi/timeline?chart=x", "/vi/timeline?chart=x", (answer) => {
      expect(answer.status).toBe(301);
      expect(answer.headers.location).toBe("/vi/timeline/?chart=x");
    }, redirect);
    await both("GET /t%C3%A0i%20li%E1%BB%87u", "/t%C3%A0i%20li%E1%BB%87u", (answer) => {
      expect(answer.status).toBe(301);
      expect(answer.headers.location, "a non-ASCII folder name is percent-encoded in Location").toBe("/t%C3%A0i%20li%E1%BB%87u/");
    }, redirect);
  });

  test("HEAD gives the headers of GET and no body", async () => {
    await both("HEAD /vi/", "/vi/", (answer) => {
      expect(answer.status).toBe(200);
      expect(Number(answer.headers["content-length"])).toBe(statSync(join("out", "vi", "index.html")).size);
      expect(answer.body.length).toBe(0);
    }, { method: "HEAD" });
  });
});

test.describe("content negotiation, caching and ranges", () => {
  test("gzip;q=0 means no gzip; identity;q=0 with gzip means gzip", async () => {
    await both("GET /vi/ (gzip;q=0)", "/vi/", (answer) => {
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.headers.vary).toBe("Accept-Encoding");
    }, { headers: { "Accept-Encoding": "gzip;q=0" } });
    await both("GET /vi/ (identity;q=0, gzip)", "/vi/", (answer) => expect(answer.headers["content-encoding"]).toBe("gzip"), { headers: { "Accept-Encoding": "identity;q=0, gzip" } });
  });

  test("brotli where the client prefers it (the Node server; stock nginx has no brotli and sends gzip)", async () => {
    await both("GET /vi/ (br, gzip)", "/vi/", (answer, server) => {
      expect(answer.headers["content-encoding"]).toBe(server === "node" ? "br" : "gzip");
      expect(decoded(answer).equals(out("vi/index.html"))).toBe(true);
    }, { headers: { "Accept-Encoding": "gzip, br" }, differs: ["content-encoding"] });
    await both("GET /vi/ (br;q=0.5, gzip)", "/vi/", (answer) => expect(answer.headers["content-encoding"]).toBe("gzip"), { headers: { "Accept-Encoding": "br;q=0.5, gzip" } });
  });

  test("ETag and Last-Modified: a repeat request with If-None-Match gets 304", async () => {
    for (const name of ["node", "nginx"] as const) {
      const first = await call(servers[name], "/vi/data/");
      expect(first.headers.etag, name).toBeTruthy();
      expect(first.headers["last-modified"], name).toBeTruthy();
      const again = await call(servers[name], "/vi/data/", { headers: { "If-None-Match": first.headers.etag } });
      expect(again.status, name).toBe(304);
      expect(again.body.length, name).toBe(0);
      const since = await call(servers[name], "/vi/data/", { headers: { "If-Modified-Since": first.headers["last-modified"] } });
      expect(since.status, name).toBe(304);
    }
  });

  test("Range: the bytes asked for, 206 with Content-Range; 416 beyond the end", async () => {
    const size = statSync(join("out", "vi", "index.html")).size;
    await both("GET /vi/ (Range: bytes=0-9)", "/vi/", (answer) => {
      expect(answer.status).toBe(206);
      expect(answer.headers["content-range"]).toBe(`bytes 0-9/${size}`);
      expect(answer.body.equals(out("vi/index.html").subarray(0, 10))).toBe(true);
    }, { headers: { Range: "bytes=0-9" } });
    for (const name of ["node", "nginx"] as const) {
      const beyond = await call(servers[name], "/vi/", { headers: { Range: `bytes=${size + 10}-` } });
      expect(beyond.status, name).toBe(416);
    }
  });
});

test.describe("what a static site refuses", () => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "PROPFIND", "OPTIONS"]) {
    test(`${method} gets 405 with Allow: GET, HEAD`, async () => {
      await both(`${method} /vi/`, "/vi/", (answer) => {
        expectErrorPage(answer, 405);
        expect(answer.headers.allow).toBe("GET, HEAD");
      }, { method });
    });
  }

  for (const path of ["/_headers", "/_csp-hashes.json", "/_site.json", "/_nginx/maps.conf", "/vi/index.html.br", "/vi/index.html.gz", "/404.html"]) {
    test(`build file ${path} is not served`, async () => {
      await both(`GET ${path}`, path, expectNotFoundPage);
    });
  }
});

test.describe("hostile paths: both servers answer, stay on site and stay up", () => {
  // Each of these killed, redirected off-site or leaked through the old server (issue 13).
  const toDashboard = [
    "/%E4%B8%AD%2F..%2Fvi",
    "/%0A%2F..%2Fvi",
    "/%01%2F..%2Fvi",
    "/%E2%80%A8%2F..%2Fvi",
    "/%F0%9F%98%80%2F..%2Fvi",
    "/%2Fevil.example%2F..%2Fvi",
    "/%5Cevil.example%2F..%2Fvi",
    "//evil.example/..%2Fvi",
    "/%5C%5Cevil.example%2F..%2Fvi",
  ];
  for (const path of toDashboard) {
    test(`${path} redirects to /vi/ on this site`, async () => {
      await both(`GET ${path}`, path, (answer) => {
        expect(answer.status).toBe(301);
        expect(answer.headers.location).toBe("/vi/");
      }, redirect);
    });
  }

  for (const path of ["/..%2foutside-secret/secret.txt", "/..%2fout-secret/secret.txt", "/%2e%2e/out-secret/secret.txt", "/vi/..%2f..%2fout-secret/secret.txt", "/%5C%5Cevil.example%2F..%2F..%2Fvi", "/%ZZ", "/%00", "/vi/%00.html"]) {
    test(`${path} is a bad request`, async () => {
      await both(`GET ${path}`, path, (answer) => {
        expectErrorPage(answer, 400);
        expect(answer.body.toString("latin1")).not.toContain("secret");
      });
    });
  }

  for (const path of ["/leak/secret.txt", "/leak.txt", "/leak/"]) {
    test(`${path} (a symlink out of the site) is not found`, async () => {
      await both(`GET ${path}`, path, (answer) => {
        expectNotFoundPage(answer);
        expect(decoded(answer).toString("utf8")).not.toContain("secret");
      });
    });
  }

  test("invalid UTF-8 (%C3%28) is never a file: Node refuses it as undecodable (400), nginx looks it up (404)", async () => {
    for (const name of ["node", "nginx"] as const) {
      const answer = await call(servers[name], "/%C3%28");
      expect(answer.status, name).toBe(name === "node" ? 400 : 404);
    }
  });

  test("malformed requests get a 4xx status line, never a dropped connection", async () => {
    const lines: Array<[string, Buffer, RegExp]> = [
      ["control byte", Buffer.from("GET /\x01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "latin1"), /^HTTP\/1\.1 400 /],
      ["space in the path", Buffer.from("GET /a b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "latin1"), /^HTTP\/1\.1 400 /],
      ["not HTTP", Buffer.from("GARBAGE\r\n\r\n", "latin1"), /^HTTP\/1\.1 400 /],
      ["20 kB path", Buffer.from(`GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, "latin1"), /^HTTP\/1\.1 4(14|31) /],
      ["header injection", Buffer.from("GET /vi HTTP/1.1\r\nHost: x\r\nX: a\rb\r\nConnection: close\r\n\r\n", "latin1"), /^HTTP\/1\.1 (400|301) /],
    ];
    for (const [what, bytes, status] of lines) {
      for (const name of ["node", "nginx"] as const) expect(await raw(servers[name], bytes), `${what} → ${name}`).toMatch(status);
    }
  });

  test("an absolute-form request for another host stays on this site", async () => {
    for (const name of ["node", "nginx"] as const) {
      const line = await raw(servers[name], Buffer.from("GET http://evil.example/vi HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", "latin1"));
      expect(line, name).toMatch(/^HTTP\/1\.1 301 /);
    }
  });

  test("after all of the above, both servers are still up and serving", async () => {
    for (const name of ["node", "nginx"] as const) {
      expect(servers[name].alive(), `${name} process is running`).toBe(true);
      expect((await call(servers[name], "/vi/")).status, name).toBe(200);
    }
  });
});

test.describe("the URL-state limit: every link up to it is a page on both servers, far longer ones a 414 page", () => {
  /** /vi/ with a query of exactly `length` characters after "?". */
  const withQuery = (length: number) => `/vi/?chart=score-history&lang=${"x".repeat(length - "chart=score-history&lang=".length)}`;
  for (const [label, length] of [["limit − 1", urlStateLimit - 1], ["limit", urlStateLimit], ["limit + 1", urlStateLimit + 1]] as const) {
    test(`a share link of ${label} (${length} characters) is served as the page`, async () => {
      await both(`GET /vi/?<${label}: ${length} characters>`, withQuery(length), (answer) => {
        expect(answer.status).toBe(200);
        expect(decoded(answer).equals(out("vi/index.html"))).toBe(true);
        expectPolicy(answer, false);
      });
    });
  }
  for (const [label, length] of [["16 KB", 16 * 1024], ["64 KB", 64 * 1024]] as const) {
    test(`a ${label} query is refused alike: 414 with the error page`, async () => {
      await both(`GET /vi/?<${label}>`, withQuery(length), (answer) => expectErrorPage(answer, 414));
    });
  }
});

test.describe("every refusal is a page with the site's headers, on both servers", () => {
  test("431: 40 KB of request headers", async () => {
    await both("GET /vi/ (40 KB header)", "/vi/", (answer) => expectErrorPage(answer, 431), { headers: { "X-Big": "b".repeat(40 * 1024) } });
  });

  test("413: a body announced over 1 MB", async () => {
    await both("GET /vi/ (Content-Length: 2000000)", "/vi/", (answer) => expectErrorPage(answer, 413), { headers: { "Content-Length": "2000000" } });
  });

  test("the error pages are not pages of their own", async () => {
    await both("GET /_errors/400.html", "/_errors/400.html", expectNotFoundPage);
  });

  /** The status line and headers of a raw answer (names lower-cased). */
  const rawHead = async (server: RunningServer, bytes: string) => {
    const socket = new Socket();
    const answer = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      socket.on("data", (chunk) => chunks.push(chunk));
      socket.on("close", () => resolve(Buffer.concat(chunks)));
      socket.on("error", () => resolve(Buffer.concat(chunks)));
      socket.setTimeout(5000, () => socket.destroy());
      socket.connect(server.port, "127.0.0.1", () => socket.write(Buffer.from(bytes, "latin1")));
    });
    const end = answer.indexOf("\r\n\r\n");
    const [statusLine, ...lines] = answer.subarray(0, end).toString("latin1").split("\r\n");
    return { statusLine, headers: Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()])), body: answer.subarray(end + 4).toString("utf8") };
  };

  test("CONNECT gets 405 with Allow and the page (nginx refuses the host:port form while parsing: 400, its page)", async () => {
    for (const name of ["node", "nginx"] as const) {
      const connect = await rawHead(servers[name], "CONNECT / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      expect(connect.statusLine, name).toMatch(/^HTTP\/1\.1 405 /);
      expect(connect.headers.allow, name).toBe("GET, HEAD");
      expect(connect.headers["x-frame-options"], name).toBe("DENY");
      expect(connect.body, name).toContain(vi.errorPage[405].title);
      const tunnel = await rawHead(servers[name], "CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n");
      expect(tunnel.statusLine, name).toMatch(name === "node" ? /^HTTP\/1\.1 405 / : /^HTTP\/1\.1 400 /);
      expect(tunnel.headers["content-security-policy"], name).toContain("frame-ancestors 'none'");
      expect(tunnel.headers["x-content-type-options"], name).toBe("nosniff");
      expect(tunnel.body, name).toContain(vi.errorPage[name === "node" ? 405 : 400].title);
    }
  });

  test("what the parser refuses gets a page with the headers: not HTTP is 400, a 1 KB unknown method 405", async () => {
    for (const name of ["node", "nginx"] as const) {
      for (const [bytes, status] of [["GARBAGE\r\n\r\n", 400], [`${"A".repeat(1024)} / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 405], ["GET /\xff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", name === "node" ? 400 : 404]] as const) {
        const answer = await rawHead(servers[name], bytes);
        expect(answer.statusLine, `${name}: ${bytes.slice(0, 20)}`).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
        expect(answer.headers["strict-transport-security"], name).toBe("max-age=31536000");
        expect(answer.headers["x-frame-options"], name).toBe("DENY");
        expect(answer.body, name).toContain(status === 404 ? en.notFound.title : en.errorPage[status].title);
      }
    }
  });
});

test.describe("idle sockets: deliberate timeouts", () => {
  /** A socket that sends the start of a request and then one header line a second, never finishing (slowloris). */
  const slowClient = (server: RunningServer) => {
    const socket = new Socket();
    const state = { closed: false, timer: undefined as NodeJS.Timeout | undefined };
    socket.on("error", () => undefined);
    socket.on("close", () => {
      state.closed = true;
      clearInterval(state.timer);
    });
    socket.connect(server.port, "127.0.0.1", () => {
      socket.write("GET /vi/ HTTP/1.1\r\nHost: x\r\n");
      let lines = 0;
      // Bounded: at most 20 lines, so a server that never times out still ends the test.
      state.timer = setInterval(() => (++lines > 20 ? clearInterval(state.timer) : socket.write(`X-${lines}: y\r\n`)), 1000);
    });
    return { socket, state };
  };
  const timed = async (server: RunningServer) => {
    const start = performance.now();
    const answer = await call(server, "/vi/");
    expect(answer.status).toBe(200);
    return performance.now() - start;
  };

  test(`500 slowloris sockets: a normal request is still served in < 100 ms, and the header timeout (${headerTimeoutMs / 1000} s) closes them`, async () => {
    test.setTimeout(60_000);
    // Both servers at once, each with its own 500 sockets: the test waits out one header timeout, not two.
    const underSlowloris = async (name: "node" | "nginx") => {
      const clients = Array.from({ length: 500 }, () => slowClient(servers[name]));
      try {
        await expect.poll(() => clients.filter((client) => client.socket.readyState === "open").length, { timeout: 10_000 }).toBe(500);
        await timed(servers[name]); // a first request warms the file caches
        const times: number[] = [];
        for (let attempt = 0; attempt < 5; attempt++) times.push(await timed(servers[name]));
        times.sort((a, b) => a - b);
        expect(times[2], `${name}: median of 5 requests beside 500 slow sockets (${times.map(Math.round).join(", ")} ms)`).toBeLessThan(100);
        // Node checks its timeouts once a second (connectionsCheckingInterval): allow that, and a busy machine.
        await expect.poll(() => clients.filter((client) => !client.state.closed).length, { message: `${name}: slow sockets still open`, timeout: headerTimeoutMs + 5000, intervals: [500] }).toBe(0);
      } finally {
        for (const client of clients) client.socket.destroy();
      }
    };
    await Promise.all([underSlowloris("node"), underSlowloris("nginx")]);
  });

  test(`an idle keep-alive connection is closed after ${keepAliveTimeoutMs / 1000} s, not kept open`, async () => {
    test.setTimeout(30_000);
    const closedAfter = async (server: RunningServer) => {
      const socket = new Socket();
      let answered = 0;
      const start = await new Promise<number>((resolve) => {
        socket.on("data", () => {
          if (answered++ === 0) resolve(performance.now());
        });
        socket.connect(server.port, "127.0.0.1", () => socket.write("HEAD /vi/ HTTP/1.1\r\nHost: x\r\n\r\n"));
      });
      await new Promise((resolve) => socket.once("close", resolve));
      return performance.now() - start;
    };
    const [node, nginx] = await Promise.all([closedAfter(servers.node), closedAfter(servers.nginx)]);
    for (const [name, ms] of [["node", node], ["nginx", nginx]] as const) {
      expect(ms, name).toBeGreaterThan(keepAliveTimeoutMs - 500);
      expect(ms, name).toBeLessThan(keepAliveTimeoutMs + 2500);
    }
  });
});
