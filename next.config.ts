import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { loadDataset } from "./lib/data/read-dataset";

// data/ (or OGP_DATA_DIR) is validated when Next reads this file, before it compiles anything: bad data stops any
// `next build` (or `next dev`) in a second with the same message as npm run data:check, instead of after the compile.
loadDataset();

const config: NextConfig = {
  output: "export",
  // Tests build fixture data into a folder of their own so they never touch the real .next/ or out/.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // npm test sets this: its tsc --noEmit stage is the one type check of the whole project (scripts/test-all.sh), and a
  // type error fails npm test there, so its builds skip Next's second check of the same files. Every other build checks
  // types itself.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Next's default is one worker fewer than the cores: on two cores the 180 pages were written by one worker while the
  // other core idled. Every core: the pages are written while nothing else runs.
  experimental: { cpus: availableParallelism() },
};

export default createNextIntlPlugin("./i18n/request.ts")(config);
