import { fontMetrics } from "./font-metrics";

export type FontFace = "inter" | "bvp";
export type TextStyle = { size: number; weight?: 400 | 700; face?: FontFace };

/** Inter's ascent and descent (em): the box a browser reports for a line of SVG text (getBBox). */
export const ASCENT = 0.97;
export const DESCENT = 0.25;
/** Safety margin on every width: the metric-matched fallback font and hinting may run a little wider. */
const WIDTH_MARGIN = 1.05;

const fallbackAdvance = 600;

/** The advance of one character; Vietnamese letters measure as their base letter (marks stack above or below). */
const advance = (table: Record<string, number>, char: string) => {
  const direct = table[char];
  if (direct !== undefined) return direct;
  const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const horn = /[\u031b]/.test(char.normalize("NFD")) ? 60 : 0;
  return (table[base.charAt(0)] ?? fallbackAdvance) + horn;
};

/** Width in px of a single line of text at a fixed size: the layout never scales text to fit. */
export const textWidth = (text: string, { size, weight = 400, face = "inter" }: TextStyle) => {
  const table = fontMetrics[`${face}${weight}` as keyof typeof fontMetrics] as Record<string, number>;
  let units = 0;
  for (const char of text) units += advance(table, char);
  return (units / 1000) * size * WIDTH_MARGIN;
};

/** Greedy word wrap to a pixel width; a word longer than the line stays whole on its own line. */
export const wrapToWidth = (text: string, width: number, style: TextStyle): string[] => {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, style) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
};

export type Box = { x: number; y: number; w: number; h: number };

/** The box of a text whose baseline starts at (x, y) with the given anchor. */
export const textBox = (text: string, x: number, y: number, anchor: "start" | "middle" | "end", style: TextStyle): Box => {
  const w = textWidth(text, style);
  const left = anchor === "start" ? x : anchor === "middle" ? x - w / 2 : x - w;
  return { x: left, y: y - ASCENT * style.size, w, h: (ASCENT + DESCENT) * style.size };
};

export const overlaps = (a: Box, b: Box, gap = 0) => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

export const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
