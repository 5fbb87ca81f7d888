import { chromium } from "@playwright/test";
const [base, out, path, width, y, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(base + path, { waitUntil: "load" });
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: Number(h) } });
await browser.close();
