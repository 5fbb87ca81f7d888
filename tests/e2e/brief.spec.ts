import { expect, test } from "@playwright/test";
import { loadDataset } from "@/lib/data/read-dataset";
import { exportPaths } from "@/lib/export/export-paths";
import { scenarioStart } from "@/lib/export/scenario-pages";
import { scoreText } from "@/lib/format/bar-verdict";
import { formatPartialDate } from "@/lib/format/partial-date";
import { pick } from "@/lib/format/localized";
import { ruleVersionAt } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { shortestPath } from "@/lib/scoring/shortest-path";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { loadMessages } from "@/i18n/load-messages";

// The figures are computed here from data/ through lib/, as the dashboard computes them: never written in the test.
const data = loadDataset();
const today = vietnamToday(data);
const A4 = { width: 595.28, height: 841.89 };

/** The PDF's pages, page size and text as a PDF reader extracts it (pdf.js, no rendering). */
const readPdf = async (bytes: Buffer) => {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await document.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " ");
  const metadata = await document.getMetadata();
  return { pages: document.numPages, view: page.view, text, metadata };
};

for (const locale of ["vi", "en"] as const) {
  test(`${locale} brief: one A4 page whose text extracts with its marks and shows the dashboard's figures`, async ({ request }) => {
    const response = await request.get(exportPaths.brief(locale));
    expect(response.status()).toBe(200);
    const pdf = await readPdf(await response.body());
    expect(pdf.pages).toBe(1);
    expect(pdf.view[2]).toBeCloseTo(A4.width, 0);
    expect(pdf.view[3]).toBeCloseTo(A4.height, 0);

    const messages = loadMessages(locale) as { home: { heading: string } };
    // The question, word for word (in Vietnamese with every mark: "Việt Nam còn cách OGP bao xa?").
    expect(pdf.text).toContain(messages.home.heading);
    if (locale === "vi") expect(pdf.text).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđư]/);

    // The last published figure with its date, and the computed estimate for the latest data year with its range.
    const published = today.lastPublished!;
    const publishedScore = scoreAssessment(published, ruleVersionAt(data.rules, published.date));
    expect(pdf.text).toContain(scoreText(publishedScore.range, publishedScore.applicablePoints));
    expect(pdf.text).toContain(formatPartialDate(published.date, locale));
    const computed = today.latest!.computed;
    expect(pdf.text).toContain(scoreText(computed.total, computed.applicable.max));
    expect(pdf.text).toContain(String(computed.dataYear));
    expect(pdf.text).toContain(`${computed.threshold.max}/${computed.applicable.max}`);

    // The reforms that surely reach the bar, with the result they give; the release and the live page.
    const start = scenarioStart(data);
    const path = shortestPath(start.start.assessment, start.setup.reforms, { id: "brief", label: start.start.assessment.label, rule: start.rule })!;
    for (const reform of path.reforms) expect(pdf.text).toContain(pick(reform.title, locale));
    expect(pdf.text).toContain(scoreText(path.scenario.score.range, path.scenario.score.applicablePoints));
    expect(pdf.text).toContain(data.release.id);
    expect(pdf.text).toContain(`/${locale}/`);
    expect((pdf.metadata.info as { Title?: string }).Title).toBeTruthy();
  });
}
