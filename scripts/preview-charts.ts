// Developer aid: writes reports/chart-preview.html with every chart description laid out at every width class,
// in both languages, light and dark side by side — to look at the drawing without a full build.
//   npx tsx scripts/preview-charts.ts && open reports/chart-preview.html
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import { describeAllCharts } from "@/lib/export/chart-registry";
import { layoutChart } from "@/lib/charts/layout";
import { renderSvg } from "@/lib/charts/render-svg";
import { widthClasses } from "@/lib/charts/width-classes";
import { exportScene } from "@/lib/charts/export-layout";
import { locales } from "@/lib/schemas/common";
import { syntheticComputedYears } from "@/tests/unit/charts/synthetic-computed";

const css = readFileSync("app/globals.css", "utf8");
const root = /:root\s*\{[^}]*\}/.exec(css)![0];
const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*(:root\s*\{[^}]*\})/.exec(css)![1].replace(":root", ".dark");
const dataset = loadDataset();
const only = process.argv[2];
let html = `<!doctype html><meta charset=utf-8><style>${root} ${dark} body{font-family:'Inter Variable',sans-serif;margin:8px} .dark{background:var(--paper);color:var(--ink)} .cell{display:inline-block;vertical-align:top;margin:4px;border:1px solid #ccc;padding:4px;background:var(--paper)} h2{font-size:14px;margin:4px}
@font-face{font-family:'Inter Variable';src:url(../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2) format('woff2-variations');font-weight:100 900;unicode-range:U+0000-00FF,U+2000-206F}
@font-face{font-family:'Inter Variable';src:url(../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2) format('woff2-variations');font-weight:100 900;unicode-range:U+0100-02BA,U+1E00-1E9F}
@font-face{font-family:'Inter Variable';src:url(../node_modules/@fontsource-variable/inter/files/inter-vietnamese-wght-normal.woff2) format('woff2-variations');font-weight:100 900;unicode-range:U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB}
</style>`;
for (const locale of locales) {
  const raw = createTranslator({ locale, messages: loadMessages(locale) });
  const t = (key: string, values?: Record<string, string | number>) => raw(key as never, values as never);
  for (const [withComputed, charts] of [[false, describeAllCharts(dataset, { locale, t })], [true, describeAllCharts(dataset, { locale, t }, { computed: syntheticComputedYears })]] as const) {
    for (const description of charts) {
      if (only && !description.id.includes(only)) continue;
      if (withComputed && description.id !== "score-history") continue;
      html += `<h2>${locale} ${description.id}${withComputed ? " + synthetic computed" : ""}</h2>`;
      for (const theme of ["", "dark"]) {
        html += `<div class="${theme}">`;
        for (const wc of widthClasses) html += `<div class=cell>${wc.id} ${wc.width}<br>${renderSvg(layoutChart(description, wc.width).scene, { attributes: { width: String(wc.width) } })}</div>`;
        html += `</div>`;
      }
      html += `<div class=cell>${renderSvg(exportScene(description, ["Source: …", "Data as of …"]), { standalone: { fontFamily: "'Be Vietnam Pro', sans-serif" } })}</div>`;
    }
  }
}
mkdirSync("reports", { recursive: true });
writeFileSync("reports/chart-preview.html", html);
console.log("reports/chart-preview.html");
