// After `next build` and build-exports: the one-page A4 brief per locale, /downloads/<locale>/brief.pdf, for the
// advocacy group to print or attach. Its content comes from lib/export/brief-content.ts (data/ through lib/, as on
// the dashboard); @react-pdf/renderer lays it out and embeds Be Vietnam Pro (the same TTFs as the PNG exports, so
// every Vietnamese mark prints and extracts as text); the QR code to the live page is drawn from `qrcode`'s matrix.
// Fails the build if a brief would not fit on one page.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createTranslator } from "next-intl";
import QRCode from "qrcode";
import { rangeReasons } from "@/components/score/computed-reasons";
import { site } from "@/config/site";
import { loadMessages } from "@/i18n/load-messages";
import { loadDataset } from "@/lib/data/read-dataset";
import { briefContent, type BriefContent } from "@/lib/export/brief-content";
import type { Translate } from "@/lib/charts/describe/common";
import { exportPaths } from "@/lib/export/export-paths";
import { lightModeColours } from "@/lib/export/standalone-svg";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { vietnamToday } from "@/lib/scoring/vietnam-today";
import { locales } from "@/lib/schemas/common";

const out = process.env.OUT_DIR ?? "out";
const fontDir = join("node_modules", "@expo-google-fonts", "be-vietnam-pro");

/** A QR code as one SVG path in module units (with the 4-module quiet zone the standard asks for). */
const qrPath = (text: string) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  let d = "";
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  return { d, size: modules.size + 2 * quiet };
};

/** Pages in a PDF as pdfkit writes them (one "/Type /Page" object per page; "/Pages" is the tree). */
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;

async function main() {
  const started = Date.now();
  const { Document, Page, Text, View, Svg, Path, Link, Font, StyleSheet, renderToBuffer } = await import("@react-pdf/renderer");
  Font.register({
    family: "Be Vietnam Pro",
    fonts: [
      { src: join(fontDir, "400Regular", "BeVietnamPro_400Regular.ttf"), fontWeight: 400 },
      { src: join(fontDir, "700Bold", "BeVietnamPro_700Bold.ttf"), fontWeight: 700 },
      { src: join(fontDir, "400Regular_Italic", "BeVietnamPro_400Regular_Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
    ],
  });
  // No hyphenation: react-pdf's patterns are English ones and would split Vietnamese syllables.
  Font.registerHyphenationCallback((word) => [word]);

  const colour = lightModeColours(readFileSync(join("app", "globals.css"), "utf8"));
  const c = (name: string, fallback: string) => colour[name] ?? fallback;
  const ink = c("ink", "#1a1d23");
  const muted = c("muted", "#4f5663");
  const styles = StyleSheet.create({
    page: { fontFamily: "Be Vietnam Pro", fontSize: 9, lineHeight: 1.38, color: ink, paddingTop: 30, paddingBottom: 34, paddingHorizontal: 40 },
    kicker: { fontSize: 8.5, color: muted },
    h1: { fontSize: 21, fontWeight: 700, marginTop: 4, lineHeight: 1.2 },
    intro: { fontSize: 10, marginTop: 4 },
    row: { flexDirection: "row", gap: 10, marginTop: 12 },
    box: { flex: 1, borderWidth: 1.5, borderRadius: 4, padding: 9 },
    panel: { borderWidth: 1.5, borderRadius: 4, padding: 9, marginTop: 12 },
    boxTitle: { fontSize: 9.5, fontWeight: 700, color: muted },
    score: { fontSize: 28, fontWeight: 700, lineHeight: 1.15, marginVertical: 2 },
    h2: { fontSize: 11.5, fontWeight: 700, marginTop: 10, marginBottom: 3 },
    small: { fontSize: 8, color: muted },
    th: { fontWeight: 700, fontSize: 8.5, color: muted },
    tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: c("line", "#d5d9e0"), paddingVertical: 3 },
  });

  const dataset = loadDataset();
  const today = vietnamToday(dataset);
  const sizes: string[] = [];
  for (const locale of locales) {
    const messages = loadMessages(locale);
    const translator = createTranslator({ locale, messages });
    const t: Translate = (key, values) => translator(key as never, values as never);
    const say = templateSay(pathTemplates(messages));
    const reasons = today.latest ? rangeReasons(today.latest.computed, t) : [];
    const brief: BriefContent = briefContent({ dataset, locale, t, say, origin: site.origin, licence: site.licence.name, reasons });
    const qr = qrPath(brief.qr.url);

    const document = (
      <Document title={brief.documentTitle} author={t("site.name")} subject={brief.question} language={locale === "vi" ? "vi-VN" : "en-GB"} creator={t("site.name")} producer={t("site.name")}>
        <Page size="A4" style={styles.page}>
          <Text style={styles.kicker}>
            {t("site.name")} · {brief.kicker}
          </Text>
          <Text style={styles.h1}>{brief.question}</Text>
          <Text style={styles.intro}>{brief.intro}</Text>

          <View style={styles.row}>
            {brief.published && (
              <View style={[styles.box, { borderColor: c("data", "#0b5cad") }]}>
                <Text style={styles.boxTitle}>{brief.published.title}</Text>
                <Text style={styles.score}>{brief.published.score}</Text>
                <Text>{brief.published.line}</Text>
              </View>
            )}
            <View style={[styles.box, { borderColor: c("computed", "#0f6e66"), flex: 1.5 }]}>
              <Text style={styles.boxTitle}>{brief.computed.title}</Text>
              <Text style={[styles.score, { color: c("computed", "#0f6e66") }]}>{brief.computed.score}</Text>
              <Text style={{ fontWeight: 700 }}>{brief.computed.verdict}</Text>
              <Text>{brief.computed.why}</Text>
              <Text style={styles.small}>{brief.computed.note}</Text>
            </View>
          </View>

          <Text style={styles.h2}>{brief.criteria.title}</Text>
          <View>
            <View style={styles.tr}>
              <Text style={[styles.th, { width: "24%" }]}>{brief.criteria.columns[0]}</Text>
              <Text style={[styles.th, { width: "58%" }]}>{brief.criteria.columns[1]}</Text>
              <Text style={[styles.th, { width: "18%" }]}>{brief.criteria.columns[2]}</Text>
            </View>
            {brief.criteria.rows.map((row) => (
              <View key={row.name} style={styles.tr} wrap={false}>
                <Text style={{ width: "24%", fontWeight: 700 }}>{row.name}</Text>
                <Text style={{ width: "58%", paddingRight: 6 }}>{row.needs}</Text>
                <Text style={{ width: "18%" }}>{row.points}</Text>
              </View>
            ))}
          </View>

          <View style={[styles.panel, { borderColor: c("scenario", "#6b3fa0"), borderStyle: "dashed" }]}>
            <Text style={[styles.boxTitle, { color: c("scenario", "#6b3fa0") }]}>{brief.reforms.title}</Text>
            {"none" in brief.reforms ? (
              <Text>{brief.reforms.none}</Text>
            ) : (
              <>
                {brief.reforms.lines.map((line) => (
                  <Text key={line}>• {line}</Text>
                ))}
                <Text style={{ fontWeight: 700, marginTop: 2 }}>{brief.reforms.result}</Text>
                {brief.reforms.alternatives && <Text>{brief.reforms.alternatives}</Text>}
              </>
            )}
            <Text style={[styles.small, { fontStyle: "italic" }]}>{brief.scenarioNote}</Text>
          </View>

          <Text style={styles.h2}>{brief.valuesCheck.title}</Text>
          <Text>{brief.valuesCheck.text}</Text>

          <View style={[styles.row, { alignItems: "flex-start" }]}>
            <View style={{ flex: 1 }}>
              <Text style={[styles.h2, { marginTop: 0 }]}>{brief.sources.title}</Text>
              {brief.sources.lines.map((line) => (
                <Text key={line} style={styles.small}>
                  • {line}
                </Text>
              ))}
              <Text style={styles.small}>{brief.sources.more}</Text>
            </View>
            <View style={{ width: 150, alignItems: "center" }}>
              <Svg width={104} height={104} viewBox={`0 0 ${qr.size} ${qr.size}`}>
                <Path d={qr.d} fill="#000000" />
              </Svg>
              <Text style={[styles.small, { textAlign: "center" }]}>{brief.qr.caption}</Text>
              <Link src={brief.qr.url} style={{ fontSize: 7.5, color: c("accent", "#0b5cad"), textAlign: "center" }}>
                {brief.qr.url}
              </Link>
            </View>
          </View>

          <Text style={[styles.small, { position: "absolute", bottom: 16, left: 40, right: 40 }]} fixed>
            {brief.footer}
          </Text>
        </Page>
      </Document>
    );
    const pdf = await renderToBuffer(document);
    const pages = pageCount(pdf);
    if (pages !== 1) throw new Error(`build-brief: the ${locale} brief has ${pages} pages; it must fit on one A4 page`);
    const file = join(out, exportPaths.brief(locale));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    sizes.push(`${locale} ${(pdf.length / 1024).toFixed(0)} KiB`);
  }
  console.log(`build-brief: ${sizes.join(", ")} (one A4 page each) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
