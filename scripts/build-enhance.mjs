// Bundles components/enhance/page-enhance.ts (and the share-link parser it imports from lib/) into out/enhance.js: the
// only JavaScript of a page without the simulator. esbuild, minified, one classic script (no modules: it runs deferred
// on every browser the site supports). Its budget: 3 KiB gzip (the build fails above it, so a heavy import is caught
// here, not by a reader on a slow line).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Where pages load it from (site-relative). */
export const enhanceScriptPath = "/enhance.js";
export const enhanceScriptMaxGzipBytes = 3 * 1024;

/** Writes <root>/enhance.js; returns its gzip size in bytes. @param {string} root */
export const buildEnhanceScript = async (root) => {
  const result = await build({
    entryPoints: [new URL("../components/enhance/page-enhance.ts", import.meta.url).pathname],
    tsconfig: new URL("../tsconfig.json", import.meta.url).pathname,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
  });
  const code = result.outputFiles[0].contents;
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  if (gzipBytes > enhanceScriptMaxGzipBytes) throw new Error(`build-enhance: enhance.js is ${gzipBytes} B gzip, over its ${enhanceScriptMaxGzipBytes} B budget`);
  writeFileSync(join(root, enhanceScriptPath.slice(1)), code);
  return gzipBytes;
};
