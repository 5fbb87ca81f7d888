import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 4173);
export const baseURL = `http://127.0.0.1:${port}`;

// The browser the tests drive: Debian's chromium-headless-shell, the same Chromium build as Debian's chromium package
// without the desktop browser around the page (the "old" headless mode, which Playwright itself runs by default). The
// same 116 page loads cost 12.5–13.5 CPU-s in it against 20–22 in /usr/bin/chromium on this 2-core machine; the suite is
// CPU-bound, so that is its time. .ci/run installs it; E2E_CHROMIUM points elsewhere.
const testBrowser = process.env.E2E_CHROMIUM ?? "/usr/lib/chromium/chromium-headless-shell";
if (!existsSync(testBrowser)) {
  throw new Error(`playwright.config.ts: the test browser ${testBrowser} is missing. Install Debian's chromium-headless-shell (apt-get install chromium-headless-shell; .ci/run does) or set E2E_CHROMIUM to a Chromium executable.`);
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: testBrowser,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  // Browser tests always run on the static export, served with the same headers as production.
  webServer: {
    command: `node scripts/serve.mjs ${port}`,
    url: `${baseURL}/vi/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
