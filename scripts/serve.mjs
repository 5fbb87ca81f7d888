#!/usr/bin/env node
// npm start / npm run serve [port]: serves out/ with scripts/static-server.mjs. Listens on 127.0.0.1 unless HOST
// says otherwise (HOST=0.0.0.0 in a container, HOST=:: for IPv6 too); port 0 picks a free port, printed below.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createStaticServer } from "./static-server.mjs";

const root = resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const host = process.env.HOST || "127.0.0.1";
if (!existsSync(join(root, "index.html"))) {
  console.error(`serve: ${root} has no index.html; run npm run build first.`);
  process.exit(1);
}

const server = createStaticServer({ root });
server.on("error", (error) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address();
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const siteFile = join(root, "_site.json");
  const builtFor = existsSync(siteFile) ? JSON.parse(readFileSync(siteFile, "utf8")).origin : undefined;
  console.log(`Serving ${root} at http://${shown}:${address.port}/${builtFor ? ` (built for ${builtFor})` : ""}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)).closeAllConnections());
