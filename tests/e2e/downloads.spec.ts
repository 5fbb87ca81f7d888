import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { chartIds } from "@/lib/export/chart-registry";
import { computedDataset } from "@/lib/export/computed-dataset";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { parseCsv } from "@/lib/export/csv";
import { datasetFileNames } from "@/lib/schemas/dataset";
import { sharedPageTest } from "./shared-page";

// Each embed read in one page per worker (tests/e2e/shared-page.ts).
const embedPage = sharedPageTest({});

const PNG_SIGNATURE = "89504e470d0a1a0a";
const pngSize = (buffer: Buffer) => ({ signature: buffer.subarray(0, 8).toString("hex"), width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) });
const fetchOk = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response;
};

for (const locale of ["vi", "en"] as const) {
  for (const chart of chartIds) {
    embedPage(`${locale} ${chart}: CSV has one row per mark drawn (same values, same status), ISO dates; JSON parses, SVG has title, legend and sources, PNG is 2×`, async ({ page, request }) => {
      await page.goto(`/${locale}/embed/${chart}/`);
      const drawn = await page.locator(`svg[data-chart-svg="${chart}"]:visible [data-mark]`).evaluateAll((nodes) =>
        nodes.map((node) => ({ mark: node.getAttribute("data-mark"), status: node.getAttribute("data-status"), min: node.getAttribute("data-min") ?? "", max: node.getAttribute("data-max") ?? "" })),
      );
      const csvResponse = await fetchOk(request, `/downloads/${locale}/${chart}.csv`);
      expect(csvResponse.headers()["content-type"]).toContain("text/csv");
      const csvBody = await csvResponse.body();
      expect(csvBody.subarray(0, 3).toString("hex"), "UTF-8 BOM").toBe("efbbbf");
      const [header, ...rows] = parseCsv(csvBody.toString("utf8"));
      const column = (name: string) => header.indexOf(name);
      expect(header.slice(0, 15)).toEqual(["chart", "mark", "series", "name", "date", "date_end", "stated_on", "status", "status_label", "value", "min", "max", "out_of", "source_ids", "source_urls"]);
      const fromCsv = rows.map((row) => ({ mark: row[column("mark")], status: row[column("status")], min: row[column("min")], max: row[column("max")] }));
      const byMark = (a: { mark: string | null }, b: { mark: string | null }) => String(a.mark).localeCompare(String(b.mark));
      expect(fromCsv.sort(byMark)).toEqual(drawn.sort(byMark));
      for (const row of rows) {
        if (row[column("date")]) expect(row[column("date")]).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        if (row[column("status")] !== "nodata") expect(row[column("source_ids")]).not.toBe("");
      }
      const tableRows = await page.locator(`figure#${chart} [data-testid=figure-table] tbody tr`).count();
      expect(tableRows).toBe(rows.length);

      const data = await (await fetchOk(request, `/downloads/${locale}/${chart}.json`)).json();
      expect(data).toMatchObject({ chart, locale, columns: header });
      expect(data.rows).toHaveLength(rows.length);

      const svgText = await (await fetchOk(request, `/downloads/${locale}/${chart}.svg`)).text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const root = doc.documentElement;
        return { error: doc.querySelector("parsererror")?.textContent ?? null, name: root.localName, ns: root.namespaceURI, width: Number(root.getAttribute("width")), height: Number(root.getAttribute("height")), text: root.textContent ?? "" };
      }, svgText);
      expect(parsed.error).toBeNull();
      expect(parsed).toMatchObject({ name: "svg", ns: "http://www.w3.org/2000/svg" });
      expect(svgText).not.toContain("var(--");
      expect(parsed.text).toContain(data.title);
      expect(parsed.text).toContain(loadDataset().release.id);
      expect(svgText).toContain('data-role="legend"');
      // Text sizes in proportion: nothing in the image is larger than its title, nothing smaller than 12 px.
      const sizes = [...svgText.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
      expect(Math.max(...sizes)).toBe(20);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);

      const png = pngSize(await (await fetchOk(request, `/downloads/${locale}/${chart}.png`)).body());
      expect(png).toEqual({ signature: PNG_SIGNATURE, width: parsed.width * 2, height: parsed.height * 2 });
    });
  }
}

test("/api/v1/ stays as it was published: frozen at release 2026-11-23, pointing to v2", async ({ request }) => {
  const index = await (await fetchOk(request, "/api/v1/index.json")).json();
  expect(index).toMatchObject({ version: "v1", frozen: true, supersededBy: "/api/v2/index.json", release: { id: "2026-11-23" } });
  for (const dataset of index.datasets as Array<{ file: string; path: string; schema: string }>) {
    expect((await (await fetchOk(request, dataset.path)).body()).toString("utf8")).toBe(readFileSync(join("data", "releases", "2026-11-23", dataset.file), "utf8"));
    expect((await (await fetchOk(request, dataset.schema)).json()).$schema).toContain("json-schema.org");
  }
});

test("every dataset downloads as JSON (as in data/) and CSV where tabular; the static API lists them with JSON Schemas", async ({ request }) => {
  const index = await (await fetchOk(request, "/api/v2/index.json")).json();
  expect(index.version).toBe("v2");
  expect(index.release.id).toBe(loadDataset().release.id);
  type Entry = { name: string; file: string; path: string; schema: string; downloads: { json: string; csv: string[] } };
  const datasets = index.datasets as Entry[];
  // Every file of data/, then the engine's computed dataset (made at build time, not a file in data/).
  expect(datasets.map((d) => d.file)).toEqual([...datasetFileNames, expect.stringContaining("computed")]);
  const dataset = loadDataset();
  const today = vietnamToday(dataset);
  expect(index.latest.published.assessment).toBe(today.lastPublished?.id);
  expect(index.latest.computed.total).toEqual(today.latest?.computed.total);
  for (const dataset of datasets) {
    const original = dataset.name === "computed" ? JSON.parse(JSON.stringify(computedDataset(loadDataset()))) : JSON.parse(readFileSync(join("data", dataset.file), "utf8"));
    expect(await (await fetchOk(request, dataset.path)).json()).toEqual(original);
    expect(await (await fetchOk(request, dataset.downloads.json)).json()).toEqual(original);
    const schema = await (await fetchOk(request, dataset.schema)).json();
    expect(schema.$schema).toContain("json-schema.org");
    expect(schema.type).toBeDefined();
    for (const csv of dataset.downloads.csv) {
      const rows = parseCsv((await (await fetchOk(request, csv)).body()).toString("utf8"));
      expect(rows.length, csv).toBeGreaterThan(1);
      expect(new Set(rows.map((row) => row.length)).size, `${csv}: every row as wide as the header`).toBe(1);
    }
  }
});

test("the .bib citation downloads in both languages", async ({ request }) => {
  for (const locale of ["vi", "en"]) {
    const bib = await (await fetchOk(request, `/downloads/${locale}/cite-ogp-scorecard.bib`)).text();
    expect(bib).toMatch(/^@misc\{ogp-scorecard-/);
    expect(bib).toContain(loadDataset().release.id);
  }
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === "index.html" ? [path] : [];
  });

test("every page's og:image and twitter:image exist in out/ as a 1200×630 PNG", () => {
  const pages = htmlFiles("out").filter((file) => !file.includes("/embed/"));
  let checked = 0;
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    if (!/<html[^>]*lang="(vi|en)"/.test(html) || /<meta[^>]*http-equiv="refresh"/i.test(html) || file.endsWith("404/index.html") || file.includes("_not-found")) continue;
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const twitter = /<meta name="twitter:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og, `${file} has og:image`).toBeDefined();
    expect(twitter, `${file} has twitter:image`).toBe(og);
    expect(og).toMatch(/^https?:\/\//);
    const png = pngSize(readFileSync(join("out", new URL(og!).pathname)));
    expect(png, `${file} → ${og}`).toEqual({ signature: PNG_SIGNATURE, width: 1200, height: 630 });
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(2);
});
