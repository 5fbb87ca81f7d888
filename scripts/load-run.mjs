#!/usr/bin/env node
// npm run load: a bounded load run on loopback against the site's Node server (scripts/serve.mjs) and, for
// comparison, the server it replaced (scripts/serve.mjs as of LOAD_OLD_REF, taken from git). Measures the dashboard
// and one embed page with autocannon, as a browser asks for them (Accept-Encoding: gzip, deflate, br): requests/s,
// p99 latency, errors, and the server's resident memory before and after. Needs a build in out/.
//
//   LOAD_SECONDS=5         per path and server (bounded in time…)
//   LOAD_MAX_REQUESTS=100000  …and in count
//   LOAD_CONNECTIONS=10
//   LOAD_OLD_REF=<commit>  the old server (default: the commit before scripts/static-server.mjs existed; "none" to skip)
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import autocannon from "autocannon";

const seconds = Number(process.env.LOAD_SECONDS ?? 5);
const maxRequests = Number(process.env.LOAD_MAX_REQUESTS ?? 100_000);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 10);
const root = resolve(process.env.OUT_DIR ?? "out");
if (!existsSync(join(root, "vi", "index.html"))) {
  console.error("load: out/vi/index.html is missing; run npm run build first");
  process.exit(1);
}
const embed = "/vi/embed/score-history/";
const paths = ["/vi/", embed];

const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const oldRef = process.env.LOAD_OLD_REF ?? `${git("log", "--diff-filter=A", "--format=%H", "--", "scripts/static-server.mjs").split("\n").at(-1)}~1`;

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const rssKiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);

const started = [];
process.on("exit", () => started.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

const startServer = async (script) => {
  const port = await freePort();
  const child = spawn(process.execPath, [script, String(port)], { env: { ...process.env, HOST: "127.0.0.1", OUT_DIR: root }, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/vi/`)).ok) return { child, port };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${script} did not start:\n${output}`);
};

const run = (url) =>
  new Promise((done, fail) => {
    const instance = autocannon({ url, connections, amount: maxRequests, headers: { "accept-encoding": "gzip, deflate, br" } }, (error, result) => (error ? fail(error) : done(result)));
    setTimeout(() => instance.stop(), seconds * 1000);
  });

const measure = async (name, script) => {
  const { child, port } = await startServer(script);
  const origin = `http://127.0.0.1:${port}`;
  await run(`${origin}/vi/`).catch(() => undefined); // warm-up (JIT, caches), not counted
  const rows = [];
  for (const path of paths) {
    const before = rssKiB(child.pid);
    const result = await run(`${origin}${path}`);
    rows.push({
      server: name,
      path,
      requestsPerSecond: Math.round(result.requests.average),
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
      rssBeforeMiB: +(before / 1024).toFixed(1),
      rssAfterMiB: +(rssKiB(child.pid) / 1024).toFixed(1),
      stillUp: child.exitCode === null,
    });
  }
  child.kill("SIGTERM");
  await new Promise((done) => child.once("exit", done));
  return rows;
};

const rows = [...(await measure("new (send + negotiator)", "scripts/serve.mjs"))];
if (oldRef !== "none") {
  // The old server as it was, beside the current config/ it imports (headersFor is unchanged).
  const dir = join(".tmp", "load-old");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "serve.mjs");
  writeFileSync(file, git("show", `${oldRef}:scripts/serve.mjs`).replaceAll('"../config/', '"../../config/'));
  try {
    rows.push(...(await measure(`old (${git("rev-parse", "--short", oldRef)})`, file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const header = ["server", "path", "req/s", "p99 ms", "requests", "errors", "RSS before MiB", "RSS after MiB"];
console.log(`\nLoad run: ${connections} connections, ${seconds} s or ${maxRequests} requests per path, loopback, Accept-Encoding: gzip, deflate, br\n`);
console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.server} | ${row.path} | ${row.requestsPerSecond} | ${row.p99Ms} | ${row.requests} | ${row.errors} | ${row.rssBeforeMiB} | ${row.rssAfterMiB} |`);
mkdirSync("reports", { recursive: true });
writeFileSync(join("reports", "load.json"), `${JSON.stringify({ seconds, maxRequests, connections, rows }, null, 2)}\n`);
const failed = rows.filter((row) => row.errors > 0 || !row.stillUp);
if (failed.length) {
  console.error(`load: errors or a server down: ${failed.map((row) => `${row.server} ${row.path}`).join(", ")}`);
  process.exit(1);
}
