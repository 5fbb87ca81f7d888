import { chromium } from "@playwright/test";
const base = process.argv[2]; const out = process.argv[3]; const pages = process.argv.slice(4);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"] });
for (const path of pages) for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(base + path, { waitUntil: "load" });
  const name = `${out}/${path.replaceAll("/", "_")}-${width}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.close();
}
await browser.close();
