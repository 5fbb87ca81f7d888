import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { ChartFigure } from "@/components/export/chart-figure";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import { chartData, chartDefinitions } from "@/lib/export/chart-registry";
import type { Translate } from "@/lib/export/chart-tables";
import type { Locale } from "@/lib/schemas/common";
import { renderServer } from "./render-server";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace?: string }) => createTranslator({ locale, messages: loadMessages(locale), namespace }),
}));

const decode = (text: string) => text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
const rowsOf = (html: string) => {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => decode(cell[1].replace(/<[^>]+>/g, "").trim())));
};

const dataset = loadDataset();

// The CSV/JSON a journalist downloads and the table a reader sees under the chart come from one builder;
// this catches a figure that starts building its own table again.
describe("each chart's table on the page is its download's table", () => {
  for (const locale of ["vi", "en"] as const) {
    const translator = createTranslator({ locale, messages: loadMessages(locale) });
    const t: Translate = (key, values) => translator(key as never, values as never);
    const noData = t("common.noData");
    for (const chart of chartDefinitions) {
      it(`${chart.id} (${locale})`, async () => {
        const data = chartData(chart, { dataset, locale, t });
        expect(data.rows.length).toBeGreaterThan(0);
        const html = await renderServer(<ChartFigure chart={chart.id} dataset={dataset} locale={locale} />);
        const expected = [[...data.columns], ...data.rows.map((row) => row.map((cell) => (cell === null ? noData : String(cell))))];
        expect(rowsOf(html)).toEqual(expected);
      });
    }
  }
});
