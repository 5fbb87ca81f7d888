// Starts the two servers the site can be served with, as a test needs them: scripts/serve.mjs on a free port, and
// nginx as the current user (no daemon, a temporary prefix) with the generated config in the file layout that
// deploy/Dockerfile creates on top of nginx's stock nginx.conf. Only processes started here are ever stopped.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const repo = process.cwd();

export type RunningServer = { name: string; origin: string; port: number; child: ChildProcess; alive: () => boolean; output: () => string; stop: () => Promise<void> };

// Whatever happens to the test process, the servers it started stop with it (and only those).
const started = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

const track = (name: string, child: ChildProcess, port: number): RunningServer => {
  started.add(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  return {
    name,
    port,
    origin: `http://127.0.0.1:${port}`,
    child,
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
};

/** A port nobody listens on right now (the kernel's choice), for a server that cannot report its own. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const waitForPort = async (port: number, server: RunningServer) => {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (!server.alive()) throw new Error(`${server.name} exited: ${server.output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
      socket.connect(port, "127.0.0.1");
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${server.name} did not listen on ${port}: ${server.output()}`);
};

/** scripts/serve.mjs on port 0 (the kernel picks), serving `root`; the port is read from what it prints. */
export const startNodeServer = async (root: string): Promise<RunningServer> => {
  const child = spawn(process.execPath, [join(repo, "scripts", "serve.mjs"), "0"], { cwd: repo, env: { ...process.env, OUT_DIR: root, HOST: "127.0.0.1" }, stdio: ["ignore", "pipe", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`serve.mjs printed no address: ${seen}`)), 20_000);
    child.stdout.on("data", (chunk) => {
      seen += chunk;
      const match = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`serve.mjs exited (${code}): ${seen}`)));
  });
  return track("node", child, port);
};

export const nginxBinary = () => ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));

/**
 * A temporary nginx prefix laid out as deploy/Dockerfile lays out the image: the stock nginx.conf of the
 * official image (tests/fixtures/nginx/nginx.conf), every `COPY` of the Dockerfile's last stage with its
 * container path mapped into the prefix, /usr/share/nginx/html → `siteRoot`, and port 8080 → `port` on loopback.
 * Only what a non-root, non-daemon nginx needs is changed: log, pid and temp paths, and no `user` line.
 */
export const prepareNginx = ({ siteRoot, outDir = join(repo, "out"), port }: { siteRoot: string; outDir?: string; port: number }) => {
  const prefix = mkdtempSync(join(tmpdir(), "ogp-nginx-"));
  const containerPath = (path: string) =>
    path.startsWith("/usr/share/nginx/html") ? path.replace("/usr/share/nginx/html", siteRoot) : path.startsWith("/etc/nginx/") ? join(prefix, path.slice("/etc/nginx/".length)) : undefined;
  const rewrite = (text: string) =>
    text
      .replaceAll("/usr/share/nginx/html", siteRoot)
      .replace(/\/etc\/nginx\/(?!mime\.types)/g, `${prefix}/`)
      .replace(/listen\s+8080\s*;/g, `listen 127.0.0.1:${port};`)
      .replace(/listen\s+\[::\]:8080\s*;/g, "");

  const dockerfile = readFileSync(join(repo, "deploy", "Dockerfile"), "utf8");
  const lastStage = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
  const copies = [...lastStage.matchAll(/^COPY\s+(--from=\S+\s+)?(\S+)\s+(\S+)\s*$/gm)].map((match) => ({ fromBuild: Boolean(match[1]), source: match[2], target: match[3] }));
  if (copies.length === 0) throw new Error("deploy/Dockerfile: no COPY lines in the nginx stage");
  for (const copy of copies) {
    const target = containerPath(copy.target);
    if (copy.target.startsWith("/usr/share/nginx/html")) continue; // the site itself: served from siteRoot
    if (!target) throw new Error(`deploy/Dockerfile copies to ${copy.target}, which this harness does not map`);
    // The build stage works in /app, the repository's copy.
    const source = copy.fromBuild ? join(copy.source.replace(/^\/app\/out\//, `${outDir}/`).replace(/^\/app\//, `${repo}/`)) : join(repo, copy.source);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, rewrite(readFileSync(source, "utf8")));
  }

  const stock = readFileSync(join(repo, "tests", "fixtures", "nginx", "nginx.conf"), "utf8");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${join(prefix, `${kind}_temp`)};`).join("\n");
  const conf = stock
    .replace(/^\s*user\s+\S+;\s*$/m, "")
    .replace(/^\s*worker_processes\s+\S+;/m, "worker_processes  1;")
    .replace("/var/log/nginx/error.log", join(prefix, "error.log"))
    .replace(/pid\s+\S+;/, `pid        ${join(prefix, "nginx.pid")};`)
    .replace("/var/log/nginx/access.log", join(prefix, "access.log"))
    .replace("include /etc/nginx/conf.d/*.conf;", `include ${join(prefix, "conf.d")}/*.conf;\n${temp}`);
  writeFileSync(join(prefix, "nginx.conf"), conf);
  // Workers of a root master run as nobody: they must be able to read the prefix and the site.
  chmodSync(prefix, 0o755);
  return { prefix, confPath: join(prefix, "nginx.conf"), remove: () => rmSync(prefix, { recursive: true, force: true }) };
};

/** `nginx -t` on a prepared prefix: whether it passes, and everything nginx said (warnings included). */
export const nginxConfigTest = (prefix: string) => {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed (bash .ci/run installs nginx-light)");
  const result = spawnSync(binary, ["-t", "-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", join(prefix, "error.log")], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
};

export const startNginx = async ({ siteRoot, outDir }: { siteRoot: string; outDir?: string }): Promise<RunningServer & { prefix: string }> => {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed (bash .ci/run installs nginx-light)");
  const port = await freePort();
  const { prefix, confPath, remove } = prepareNginx({ siteRoot, outDir, port });
  const test = nginxConfigTest(prefix);
  if (!test.ok) throw new Error(`nginx -t failed:\n${test.output}`);
  const child = spawn(binary, ["-p", prefix, "-c", confPath, "-e", join(prefix, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
  const server = track("nginx", child, port);
  await waitForPort(port, server);
  const stop = server.stop;
  return { ...server, prefix, stop: async () => (await stop(), remove()) };
};

/**
 * A copy of out/ in a temporary folder beside files that must never be served: a sibling folder whose name starts
 * with the root's ("out-secret"), a folder next to it, and a symlink inside the copy that points out of it.
 */
export const prepareSiteCopy = (outDir = join(repo, "out")) => {
  const base = mkdtempSync(join(tmpdir(), "ogp-site-"));
  const root = join(base, "out");
  cpSync(outDir, root, { recursive: true });
  mkdirSync(join(base, "outside-secret"));
  writeFileSync(join(base, "outside-secret", "secret.txt"), "secret beside out/\n");
  mkdirSync(join(base, "out-secret"));
  writeFileSync(join(base, "out-secret", "secret.txt"), "secret in a folder named like out/\n");
  symlinkSync(join(base, "outside-secret"), join(root, "leak"));
  symlinkSync(join(base, "outside-secret", "secret.txt"), join(root, "leak.txt"));
  for (const dir of [base, join(base, "outside-secret"), join(base, "out-secret")]) chmodSync(dir, 0o755);
  return { base, root, remove: () => rmSync(base, { recursive: true, force: true }) };
};
