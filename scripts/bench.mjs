#!/usr/bin/env node
// npm run bench: build, serve out/ locally, and measure every page in both languages against the budgets
// in config/budgets.json. Prints a table, writes reports/bench.json, exits 1 when a budget is exceeded.
//
//   BENCH_RUNS=3        Lighthouse runs per page; the performance score is the median (default 3)
//   BENCH_PAGES=vi,path only pages whose path contains one of these substrings (=/vi/: that path exactly)
//   BENCH_SKIP_BUILD=1  measure the existing out/ (build time is then not measured)
//   BENCH_PORT=4280     first port to try for the server (then the next 26, or up to 4299; Chromium takes the next free one)
//   CHROME_PATH         Chromium to drive (default /usr/bin/chromium)
//
// Lighthouse: mobile form factor, simulated throttling (its defaults). The first run of a page scores all
// four categories; the other runs score performance only, the one that varies from run to run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import lighthouse from "lighthouse";

const started = Date.now();
const root = resolve("out");
const budgets = JSON.parse(readFileSync("config/budgets.json", "utf8"));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const pageFilter = (process.env.BENCH_PAGES ?? "").split(",").map((part) => part.trim()).filter(Boolean);
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const categories = ["performance", "accessibility", "best-practices", "seo"];
const KiB = 1024;

// ── Processes we start, and stop on every way out ──────────────────────────────────────────────────────
const children = [];
const stopChildren = () => {
  for (const child of children) {
    // Each child leads its own process group (detached), so Chromium's helpers stop with it.
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  children.length = 0;
};
process.on("exit", stopChildren);

/** Stops what we started and waits until it has exited (Chromium writes its profile until the end). */
const stopAndWait = async () => {
  const exits = children.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => new Promise((done) => child.once("exit", done)));
  stopChildren();
  await Promise.race([Promise.all(exits), new Promise((done) => setTimeout(done, 5000))]);
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

const start = (command, args, env = {}) => {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  children.push(child);
  return { child, stderr: () => stderr };
};

const portIsFree = (port) =>
  new Promise((done) => {
    const probe = createServer().once("error", () => done(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => done(true)));
  });

/** Our range is 4273–4299 (or the 27 ports from BENCH_PORT): other people's servers live on other ports of this machine. */
const freePort = async (from, except = []) => {
  const last = Math.max(4299, from + 26);
  for (let port = from; port <= last; port++) if (!except.includes(port) && (await portIsFree(port))) return port;
  throw new Error(`no free port in ${from}–${last}`);
};

const waitFor = async (url, what, getStderr) => {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      /* not up yet */
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`${what} did not answer at ${url}\n${getStderr()}`);
};

// ── Pages ──────────────────────────────────────────────────────────────────────────────────────────────
const pagePaths = (dir = root) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pagePaths(join(dir, entry.name));
    return entry.name === "index.html" ? [`/${relative(root, dir).replaceAll("\\", "/")}/`.replace("//", "/")] : [];
  });

// Budgets are gzip sizes at zlib's default level (the servers send the build's precompressed .br or .gz, a little smaller).
const gzipBytes = (file) => gzipSync(readFileSync(file)).length;

const fileOf = (url, origin) => {
  const { origin: urlOrigin, pathname } = new URL(url);
  if (urlOrigin !== origin) return undefined;
  const file = join(root, decodeURIComponent(pathname));
  if (existsSync(join(file, "index.html"))) return join(file, "index.html");
  return existsSync(file) ? file : undefined;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const kindOf = (resourceType, url) => {
  if (resourceType === "Document") return "html";
  // A prefetched script (the simulator's chunks, fetched after the load event and run on the first interaction) is
  // resource type "Other", yet it is JavaScript the page downloads.
  if (resourceType === "Script" || /\.m?js$/.test(new URL(url).pathname)) return "js";
  if (resourceType === "Stylesheet") return "css";
  if (resourceType === "Font" || /\.woff2?$/.test(new URL(url).pathname)) return "font";
  return "other";
};

// ── Main ───────────────────────────────────────────────────────────────────────────────────────────────
let buildSeconds = null;
if (process.env.BENCH_SKIP_BUILD !== "1") {
  const buildStart = Date.now();
  // Compressed as a published build is (brotli 11; a local build uses 9): Lighthouse downloads what readers would.
  const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRECOMPRESS_BROTLI_QUALITY: "11" } });
  if (build.status !== 0) {
    console.error("bench: the build failed");
    process.exit(1);
  }
  buildSeconds = (Date.now() - buildStart) / 1000;
}
if (!existsSync(join(root, "vi", "index.html"))) {
  console.error("bench: out/vi/index.html is missing; run npm run build (or drop BENCH_SKIP_BUILD)");
  process.exit(1);
}

const allPages = pagePaths().filter((path) => path !== "/404/").sort();
const skipped = allPages.filter((path) => budgets.skipPages.paths.includes(path));
const pages = allPages.filter((path) => !skipped.includes(path) && (pageFilter.length === 0 || pageFilter.some((part) => (part.startsWith("=") ? path === part.slice(1) : path.includes(part)))));
if (pages.length === 0) {
  console.error(`bench: no page matches BENCH_PAGES=${process.env.BENCH_PAGES}`);
  process.exit(1);
}

const serverPort = await freePort(Number(process.env.BENCH_PORT ?? 4273));
const server = start(process.execPath, ["scripts/serve.mjs", String(serverPort)], { HOST: "127.0.0.1" });
const origin = `http://127.0.0.1:${serverPort}`;
await waitFor(`${origin}/vi/`, "scripts/serve.mjs", server.stderr);

const chromePort = await freePort(serverPort + 1, [serverPort]);
const profile = mkdtempSync(join(tmpdir(), "bench-chromium-"));
process.on("exit", () => {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 }); // also after a failure
  } catch {
    console.warn(`bench: could not remove ${profile}`);
  }
});
const chrome = start(chromePath, [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-extensions",
  `--remote-debugging-port=${chromePort}`, `--user-data-dir=${profile}`, "about:blank",
]);
await waitFor(`http://127.0.0.1:${chromePort}/json/version`, `Chromium (${chromePath})`, chrome.stderr);

// Simulated throttling scales the CPU time this machine really spends: a busy machine (other builds, other
// browsers) inflates TBT and lowers performance. Say so next to the numbers instead of hiding it.
const cores = availableParallelism();
const loadAtStart = loadavg()[0];
if (loadAtStart > cores) console.warn(`bench: load average ${loadAtStart.toFixed(1)} on ${cores} cores; performance scores will be lower and noisier than on an idle machine`);
console.log(`bench: ${pages.length} pages × ${runs} Lighthouse runs (mobile, simulated throttling) on ${origin}` + (skipped.length ? `; not scored: ${skipped.join(", ")}` : ""));

/** One Lighthouse run; a busy machine sometimes loses the trace (NO_NAVSTART…), so try up to 3 times. */
const lighthouseRun = async (url, onlyCategories) => {
  let problem = "no result";
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await lighthouse(url, { port: chromePort, logLevel: "error", output: "json", onlyCategories, disableFullPageScreenshot: true });
    if (result?.lhr && !result.lhr.runtimeError) return result.lhr;
    problem = result?.lhr?.runtimeError?.message ?? "no result";
    console.warn(`  Lighthouse attempt ${attempt} on ${url} failed: ${problem}`);
  }
  throw new Error(`Lighthouse failed on ${url}: ${problem}`);
};

// The first navigation of a fresh Chromium pays for its own start-up (compiling its code, warming caches),
// which would be charged to whichever page comes first: one uncounted run takes it.
await lighthouseRun(`${origin}${pages[0]}`, ["performance"]);

const results = [];
for (const path of pages) {
  const url = `${origin}${path}`;
  const lhrs = [];
  for (let run = 0; run < runs; run++) {
    lhrs.push(await lighthouseRun(url, run === 0 ? categories : ["performance"]));
  }
  const first = lhrs[0];
  const performanceScores = lhrs.map((lhr) => lhr.categories.performance.score ?? 0);
  const medianPerformance = median(performanceScores);
  const medianRun = lhrs.find((lhr) => lhr.categories.performance.score === medianPerformance) ?? first;
  const scores = Object.fromEntries(categories.map((id) => [id, id === "performance" ? medianPerformance : first.categories[id].score ?? 0]));

  // Bytes: what the page really requested (Lighthouse's network log), gzip-sized from out/ like the server sends.
  const bytes = { js: 0, css: 0, html: 0, font: 0 };
  const fonts = [];
  let framework = false;
  const failedAudits = categories
    .filter((id) => id !== "performance")
    .flatMap((id) => first.categories[id].auditRefs.filter((ref) => ref.weight > 0 && first.audits[ref.id].score !== 1).map((ref) => `${id}:${ref.id}`));
  for (const item of first.audits["network-requests"].details.items) {
    const kind = kindOf(item.resourceType, item.url);
    if (kind === "font") fonts.push(new URL(item.url).pathname.split("/").pop());
    if (kind === "js" && new URL(item.url).pathname.startsWith("/_next/")) framework = true;
    const file = fileOf(item.url, origin);
    if (kind !== "other" && file) bytes[kind] += gzipBytes(file);
  }
  const metrics = Object.fromEntries(
    ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"].map((id) => [id, medianRun.audits[id].numericValue]),
  );
  const benchmarkIndex = median(lhrs.map((lhr) => lhr.environment.benchmarkIndex));
  results.push({ path, scores, performanceRuns: performanceScores, bytes, framework, fonts, metrics, failedAudits, benchmarkIndex, loadAverage: loadavg()[0] });
  console.log(`  ${path}  perf ${performanceScores.map((score) => Math.round(score * 100)).join("/")}  js ${(bytes.js / KiB).toFixed(1)} KiB  (load ${loadavg()[0].toFixed(1)}, CPU index ${Math.round(benchmarkIndex)})${failedAudits.length ? `  failed: ${failedAudits.join(" ")}` : ""}`);
}
await stopAndWait(); // Chromium is done; the server is started again for the load run below, alone on the CPU

// ── Load: autocannon on loopback, bounded in time and connections ──────────────────────────────────────
const embedPage = allPages.find((path) => path.startsWith(budgets.load.embedPrefix) && path !== budgets.load.embedPrefix);
const loadPaths = [...budgets.load.paths, embedPage ?? budgets.load.fallbackPath];
const loadServer = start(process.execPath, ["scripts/serve.mjs", String(serverPort)], { HOST: "127.0.0.1" });
await waitFor(`${origin}/vi/`, "scripts/serve.mjs", loadServer.stderr);
const load = [];
await autocannon({ url: `${origin}/vi/`, connections: 2, duration: 1 }); // warm-up: JIT and file cache, not measured
for (const path of loadPaths) {
  const result = await autocannon({
    url: `${origin}${path}`,
    connections: budgets.load.connections,
    duration: budgets.load.durationSeconds,
    headers: { "accept-encoding": "gzip" },
  });
  load.push({
    path,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  });
}
await stopAndWait();

// ── Budgets ────────────────────────────────────────────────────────────────────────────────────────────
// JavaScript: a page without a control may load at most javascript.maxKiB (our own enhance.js or an embed's frame.js,
// no framework); the simulator's pages, the only ones with Next, at most javascript.interactiveMaxKiB.
const failures = [];
for (const result of results) {
  for (const id of categories) {
    if (result.scores[id] + 1e-9 < budgets.lighthouse[id]) failures.push(`${result.path}: Lighthouse ${id} ${result.scores[id]} < ${budgets.lighthouse[id]}`);
  }
  const interactive = budgets.javascript.interactivePages.includes(result.path);
  const jsLimit = interactive ? budgets.javascript.interactiveMaxKiB : budgets.javascript.maxKiB;
  if (result.bytes.js > jsLimit * KiB) failures.push(`${result.path}: JS ${(result.bytes.js / KiB).toFixed(1)} KiB > ${jsLimit} KiB${interactive ? " (simulator)" : " (no control: no framework)"}`);
  if (!interactive && result.framework) failures.push(`${result.path}: loads the framework (/_next/ scripts) without the simulator`);
  const htmlLimit = budgets.html.maxKiB[result.path];
  if (htmlLimit !== undefined && result.bytes.html > htmlLimit * KiB) failures.push(`${result.path}: HTML ${(result.bytes.html / KiB).toFixed(1)} KiB > ${htmlLimit} KiB`);
  for (const font of result.fonts) {
    const subset = /^inter-(.+?)-(wght|standard|opsz)-/.exec(font)?.[1];
    if (budgets.fonts.forbiddenSubsets.some((name) => font.includes(name)) || !budgets.fonts.allowedSubsets.includes(subset)) {
      failures.push(`${result.path}: font file ${font} is not an allowed subset (${budgets.fonts.allowedSubsets.join(", ")})`);
    }
  }
}
for (const result of load) {
  if (result.errors > budgets.load.maxErrors) failures.push(`load ${result.path}: ${result.errors} errors (non-2xx, timeouts, socket errors)`);
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────────
const kib = (bytes) => (bytes / KiB).toFixed(1);
const score = (value) => String(Math.round(value * 100));
const rows = [
  ["page", "perf", "a11y", "bp", "seo", "JS KiB", "framework", "CSS KiB", "HTML KiB", "font KiB", "LCP ms", "TBT ms", "fonts"],
  ...results.map((result) => [
    result.path,
    score(result.scores.performance),
    score(result.scores.accessibility),
    score(result.scores["best-practices"]),
    score(result.scores.seo),
    kib(result.bytes.js),
    result.framework ? "Next" : "none",
    kib(result.bytes.css),
    kib(result.bytes.html),
    kib(result.bytes.font),
    String(Math.round(result.metrics["largest-contentful-paint"])),
    String(Math.round(result.metrics["total-blocking-time"])),
    result.fonts.map((font) => /^inter-(.+?)-(wght|standard|opsz)-/.exec(font)?.[1] ?? font).join(" ") || "–",
  ]),
];
const table = (data) => {
  const widths = data[0].map((_, column) => Math.max(...data.map((row) => row[column].length)));
  return data.map((row, index) => row.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ") + (index === 0 ? `\n${widths.map((width) => "─".repeat(width)).join("  ")}` : "")).join("\n");
};
console.log(`\nLighthouse mobile (median of ${runs} for perf), gzip bytes per page; JS at most ${budgets.javascript.maxKiB} KiB without a control, ${budgets.javascript.interactiveMaxKiB} KiB on the simulator's pages${pageFilter.length ? " (filtered pages only)" : ""}\n`);
console.log(table(rows));
console.log(`\nLoad (autocannon, ${budgets.load.connections} connections × ${budgets.load.durationSeconds} s, loopback)\n`);
console.log(table([["page", "req/s", "p99 ms", "errors", "requests"], ...load.map((row) => [row.path, String(row.requestsPerSecond), String(row.p99Ms), String(row.errors), String(row.requests)])]));
const totalSeconds = (Date.now() - started) / 1000;
console.log(`\nbuild ${buildSeconds === null ? "skipped" : `${buildSeconds.toFixed(1)} s`} · bench total ${totalSeconds.toFixed(0)} s · load average ${loadAtStart.toFixed(1)} at start on ${cores} cores`);

mkdirSync("reports", { recursive: true });
writeFileSync(
  "reports/bench.json",
  `${JSON.stringify({ date: new Date().toISOString(), cores, loadAverageAtStart: loadAtStart, runs, pageFilter, buildSeconds, totalSeconds, skipped, pages: results, load, budgets, failures }, null, 2)}\n`,
);
if (failures.length) {
  console.log(`\nOver budget (config/budgets.json):\n${failures.map((failure) => `  ✗ ${failure}`).join("\n")}`);
  process.exit(1);
}
console.log("\nAll budgets met.");
