import { inside, overlaps, textWidth, wrapToWidth, type Box } from "../charts/text";
import { escapeXml } from "./standalone-svg";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** No text comes closer than this to a card's edge: previews crop a little, and text at the edge reads as cut. */
export const OG_TEXT_MARGIN = 32;
/**
 * Be Vietnam Pro's ink above the baseline (em), measured with resvg: a capital with marks above (Ể, Ả) reaches 1.16, a
 * small letter with marks (ễ, ở) 0.95, anything else (digits, ascenders, brackets) 0.84; below it, 0.25 at most.
 */
const MARK_ABOVE = /[\u0300-\u0322\u0324-\u036f]/;
export const ogInkAscent = (text: string) => {
  const letters = [...text.normalize("NFD")];
  const marked = letters.flatMap((char, index) => (MARK_ABOVE.test(char) ? [letters.slice(0, index).findLast((base) => !/[\u0300-\u036f]/.test(base)) ?? ""] : []));
  if (marked.some((base) => base !== base.toLowerCase())) return 1.16;
  return marked.length ? 0.95 : 0.84;
};
const OG_DESCENT = 0.25;

/** One line of text on a card, positioned: what the card draws and what a test checks. */
export type OgTextRun = {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  anchor?: "start" | "middle" | "end";
  fill: string;
  letterSpacing?: number;
  /** Lines of one paragraph share a group: their ink may touch (a mark above, a descender below), as in any text. */
  group?: string;
  /** Extra attributes a test reads from the SVG (data-score). */
  data?: Record<string, string>;
};


/** Width of a line in the font the PNG is drawn with (Be Vietnam Pro's advances, as the charts measure them). */
export const ogTextWidth = (text: string, size: number, weight: 400 | 700, letterSpacing = 0) => textWidth(text, { size, weight, face: "bvp" }) + letterSpacing * [...text].length;

/** The box a run's ink can take. */
export const ogRunBox = (run: OgTextRun): Box => {
  const w = ogTextWidth(run.text, run.size, run.weight, run.letterSpacing);
  const anchor = run.anchor ?? "start";
  const x = anchor === "start" ? run.x : anchor === "middle" ? run.x - w / 2 : run.x - w;
  const ascent = ogInkAscent(run.text);
  return { x, y: run.y - ascent * run.size, w, h: (ascent + OG_DESCENT) * run.size };
};

/** Distance between two baselines so that the ink of a line of `upper` size clears the line `lower` by `gap`. */
export const lineStep = (upper: number, lower: { text: string; size: number }, gap: number) => OG_DESCENT * upper + ogInkAscent(lower.text) * lower.size + gap;

export const OG_SAFE_AREA: Box = { x: OG_TEXT_MARGIN, y: OG_TEXT_MARGIN, w: OG_WIDTH - 2 * OG_TEXT_MARGIN, h: OG_HEIGHT - 2 * OG_TEXT_MARGIN };

/** What is wrong with a card's text: a run outside the safe area, or two texts whose boxes meet. Empty when it fits. */
export const ogLayoutProblems = (runs: ReadonlyArray<OgTextRun>): string[] => {
  const boxes = runs.map(ogRunBox);
  const outside = runs.flatMap((run, index) => (inside(boxes[index], OG_SAFE_AREA) ? [] : [`"${run.text}" leaves the card (${fmt(boxes[index])})`]));
  const meeting = runs.flatMap((run, index) => runs.slice(index + 1).flatMap((other, offset) => (overlaps(boxes[index], boxes[index + 1 + offset]) && (run.group === undefined || run.group !== other.group) ? [`"${run.text}" meets "${other.text}"`] : [])));
  return [...outside, ...meeting];
};
const fmt = (box: Box) => `x ${box.x.toFixed(0)}–${(box.x + box.w).toFixed(0)}, y ${box.y.toFixed(0)}–${(box.y + box.h).toFixed(0)}`;

/**
 * Wraps to a width in at most `maxLines` lines; the last line shown ends in "…" when text is left over. A line of
 * one word too long for the width is cut with "…" too, so no line is ever wider than `width`.
 */
export const wrapLines = (text: string, width: number, size: number, weight: 400 | 700, maxLines: number): { lines: string[]; cut: boolean } => {
  const fits = (line: string) => ogTextWidth(line, size, weight) <= width;
  // The longest start of a line that fits with "…" after it: whole words where it can, else characters.
  const ellipsize = (line: string) => {
    const words = line.split(" ");
    while (words.length > 1 && !fits(`${words.join(" ")} …`)) words.pop();
    if (fits(`${words.join(" ")} …`)) return `${words.join(" ")} …`;
    const chars = [...words.join(" ")];
    while (chars.length > 1 && !fits(`${chars.join("")}…`)) chars.pop();
    return `${chars.join("")}…`;
  };
  const wrapped = wrapToWidth(text, width, { size, weight, face: "bvp" });
  const cut = wrapped.length > maxLines || wrapped.some((line) => !fits(line));
  const lines = wrapped.slice(0, maxLines).map((line, index, shown) => (!fits(line) || (index === shown.length - 1 && wrapped.length > maxLines) ? ellipsize(line) : line));
  return { lines, cut };
};

export const runSvg = (run: OgTextRun) => {
  const anchor = run.anchor && run.anchor !== "start" ? ` text-anchor="${run.anchor}"` : "";
  const weight = run.weight === 700 ? ` font-weight="700"` : "";
  const spacing = run.letterSpacing ? ` letter-spacing="${run.letterSpacing}"` : "";
  const data = Object.entries(run.data ?? {})
    .map(([key, value]) => ` data-${key}="${escapeXml(value)}"`)
    .join("");
  return `<text x="${run.x}" y="${run.y.toFixed(1)}" font-size="${run.size}"${weight}${anchor}${spacing} fill="${run.fill}"${data}>${escapeXml(run.text)}</text>`;
};
