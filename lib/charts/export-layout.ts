import type { ChartDescription } from "./description";
import { layoutChart, TEXT } from "./layout";
import { legendEntries, legendSwatch, SWATCH } from "./legend";
import type { Scene, Shape } from "./scene";
import { textWidth, wrapToWidth, type TextStyle } from "./text";
import { EXPORT_WIDTH } from "./width-classes";

const PAD = 20;

/**
 * A download (SVG, PNG): title, subtitle, legend, the chart, notes, source and date, all inside one image and at
 * the same fixed sizes as on the page (title 20, subtitle 14, everything else 12), laid out for Be Vietnam Pro,
 * the font the PNG is drawn with.
 */
export const exportScene = (description: ChartDescription, footer: ReadonlyArray<string>, width = EXPORT_WIDTH): Scene => {
  const face = "bvp" as const;
  const inner = width - 2 * PAD;
  const shapes: Shape[] = [{ t: "rect", x: 0, y: 0, w: width, h: 0, paint: { fill: "var(--paper)" } }];
  let y = PAD;
  const block = (text: string, style: TextStyle, fill: string, role: "title" | "subtitle" | "note", lineHeight: number) => {
    for (const line of wrapToWidth(text, inner, style)) {
      y += lineHeight;
      shapes.push({ t: "text", x: PAD, y: y - (lineHeight - style.size) / 2 - 2, text: line, size: style.size, weight: style.weight, anchor: "start", fill, role });
    }
  };
  block(description.title, { size: TEXT.title, weight: 700, face }, "var(--ink)", "title", 26);
  block(description.subtitle, { size: TEXT.subtitle, weight: 400, face }, "var(--muted)", "subtitle", 19);
  y += 8;
  // Legend: swatch and words, flowing into as many lines as needed.
  const legendStyle: TextStyle = { size: TEXT.note, weight: 400, face };
  let x = PAD;
  let lineTop = y;
  const entries = legendEntries(description);
  for (const entry of entries) {
    const w = SWATCH.width + 6 + textWidth(entry.label, legendStyle);
    if (x > PAD && x + w > PAD + inner) {
      x = PAD;
      lineTop += 20;
    }
    shapes.push({ t: "g", x, y: lineTop + 1, data: { legend: entry.key }, children: legendSwatch(entry) });
    shapes.push({ t: "text", x: x + SWATCH.width + 6, y: lineTop + 12, text: entry.label, size: TEXT.note, anchor: "start", fill: "var(--ink)", role: "legend" });
    x += w + 16;
  }
  y = entries.length ? lineTop + 26 : y;
  const chart = layoutChart(description, inner, face);
  shapes.push({ t: "g", x: PAD, y, data: { chart: description.id }, children: chart.scene.shapes });
  y += chart.scene.height + 6;
  for (const note of description.notes) block(note, legendStyle, "var(--muted)", "note", 17);
  y += 6;
  for (const line of footer) block(line, legendStyle, "var(--muted)", "note", 17);
  const height = Math.ceil(y + PAD);
  shapes[0] = { t: "rect", x: 0, y: 0, w: width, h: height, paint: { fill: "var(--paper)" } };
  return { width, height, shapes };
};
