import { lineStep, OG_HEIGHT, OG_WIDTH, ogInkAscent, ogTextWidth, runSvg, wrapLines, type OgTextRun } from "./og-text";

export { OG_HEIGHT, OG_WIDTH } from "./og-text";

export type OgCardInput = {
  siteName: string;
  title: string;
  /** "Computed, data year 2025: 8–12/16", in the page's language: the card's answer, drawn as large as the space allows. */
  scoreLine: string;
  /** "12/16 (75%) needed to be eligible". */
  neededLine: string;
  /** "last published 8/16 (21 February 2019)", on a line of its own. */
  publishedLine?: string;
  /**
   * The cells to fill. A scenario (a what-if, never data) is drawn in the scenario colour; where its total is
   * only known as a range, the cells between the low and the high end are hatched, not filled.
   */
  score: { total: number | null; outOf: number; threshold: number; range?: { min: number; max: number }; kind?: "data" | "computed" | "scenario" } | undefined;
  footer: string;
  host: string;
  colours: Record<string, string>;
};

const LEFT = 80;
const RIGHT = OG_WIDTH - 80;
const BAR_Y = 500;
const FOOTER_Y = 590;
/**
 * How the score line may be drawn, roomiest first: its label on a line of its own and the figure large
 * ("Ước tính năm dữ liệu 2025:" / "8–12/16"), else the whole line at a smaller size.
 */
const SCORE_FORMS = [
  ...[96, 84, 72, 64, 56].map((size) => ({ split: true, size })),
  ...[48, 44, 40].map((size) => ({ split: false, size })),
];
const TITLE_SIZES = [56, 48, 42] as const;
const LABEL_SIZE = 32;

type Line = { text: string; size: number; weight: 400 | 700; fill: string; group: string };

/** The score line as lines of the given form, or undefined when that form does not fit the card's width. */
const scoreLines = (text: string, form: { split: boolean; size: number }, fill: string): Line[] | undefined => {
  const width = RIGHT - LEFT;
  const colon = text.lastIndexOf(": ");
  if (form.split) {
    if (colon < 0) return undefined;
    const [label, figure] = [text.slice(0, colon + 1), text.slice(colon + 2)];
    if (ogTextWidth(label, LABEL_SIZE, 700) > width || ogTextWidth(figure, form.size, 700) > width) return undefined;
    return [
      { text: label, size: LABEL_SIZE, weight: 700, fill, group: "score-label" },
      { text: figure, size: form.size, weight: 700, fill, group: "score" },
    ];
  }
  const { lines, cut } = wrapLines(text, width, form.size, 700, 2);
  return cut ? undefined : lines.map((line) => ({ text: line, size: form.size, weight: 700, fill, group: "score" }));
};

/**
 * Where every text of a page's Open Graph card goes (1200×630): the site's name and the title at the top; above the
 * bar, the score (its figure as large as the room under the title allows), the bar needed and the last published
 * figure, each wrapped to the card's width; the data release at the bottom. Pure, so a test can check every card.
 */
export const ogCardLayout = ({ siteName, title, scoreLine, neededLine, publishedLine, score, footer, host, colours }: OgCardInput): OgTextRun[] => {
  const c = (name: string, fallback: string) => colours[name] ?? fallback;
  const width = RIGHT - LEFT;
  const ink = c("ink", "#1a1d23");
  const site: OgTextRun = { text: siteName, x: LEFT, y: 84, size: 30, weight: 700, fill: c("accent", "#0b5cad") };
  const bottom: OgTextRun[] = [
    { text: footer, x: LEFT, y: FOOTER_Y, size: 22, weight: 400, fill: c("muted", "#4f5663") },
    { text: host, x: RIGHT, y: FOOTER_Y, size: 22, weight: 400, anchor: "end", fill: c("muted", "#4f5663") },
  ];
  const small: Line[] = [
    ...wrapLines(neededLine, width, 28, 400, 2).lines.map((text) => ({ text, size: 28, weight: 400 as const, group: "needed", fill: c("threshold", "#b3261e") })),
    ...(publishedLine ? wrapLines(publishedLine, width, 28, 400, 2).lines.map((text) => ({ text, size: 28, weight: 400 as const, group: "published", fill: ink })) : []),
  ];
  // The lines under the title stack bottom-up from just above the bar (its threshold line reaches 18 px above it).
  const lowest = (score ? BAR_Y - 26 : FOOTER_Y - 60) - 0.25 * 28;

  const attempt = (titleSize: number, form: (typeof SCORE_FORMS)[number]) => {
    const titleWrap = wrapLines(title, width, titleSize, 700, 3);
    const score = scoreLines(scoreLine, form, ink);
    if (!score) return undefined;
    const lines = [...score, ...small];
    const runs: OgTextRun[] = [];
    let y = lowest;
    for (let index = lines.length - 1; index >= 0; index -= 1) {
      const line = lines[index];
      runs.unshift({ ...line, x: LEFT, y });
      if (index > 0) y -= lineStep(lines[index - 1].size, line, lines[index - 1].group === line.group ? 8 : 14);
    }
    const titleRuns = titleWrap.lines.map((text, index): OgTextRun => ({ text, x: LEFT, y: 170 - (56 - titleSize) + index * Math.round(titleSize * 1.18), size: titleSize, weight: 700, group: "title", fill: ink }));
    const titleBottom = titleRuns.at(-1)!.y + 0.25 * titleSize;
    const blockTop = runs[0].y - ogInkAscent(runs[0].text) * runs[0].size;
    return blockTop - titleBottom >= 24 ? { runs: [site, ...titleRuns, ...runs, ...bottom], cut: titleWrap.cut } : undefined;
  };
  for (const titleSize of TITLE_SIZES) {
    for (const form of SCORE_FORMS) {
      const layout = attempt(titleSize, form);
      // A smaller title only when the title would otherwise be cut or the score would not fit at all.
      if (layout && (!layout.cut || titleSize === TITLE_SIZES.at(-1))) return layout.runs;
    }
  }
  return attempt(TITLE_SIZES.at(-1)!, SCORE_FORMS.at(-1)!)?.runs ?? [site, ...bottom];
};

/** The Open Graph image of a page as SVG (1200×630): title, the current score against the bar, data release. */
export const ogCardSvg = (input: OgCardInput) => {
  const { score, colours } = input;
  const c = (name: string, fallback: string) => colours[name] ?? fallback;
  let bar = "";
  if (score && score.outOf > 0) {
    const cell = (RIGHT - LEFT) / score.outOf;
    const y = BAR_Y;
    const ink = score.kind === "scenario" ? c("scenario", "#6b3fa0") : score.kind === "computed" ? c("computed", "#0f6e66") : c("data", "#0b5cad");
    const low = score.total ?? score.range?.min ?? 0;
    const high = score.total ?? score.range?.max ?? 0;
    const hatch = `<defs><pattern id="maybe" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="10" height="10" fill="${c("panel", "#f4f5f7")}"/><rect width="4" height="10" fill="${ink}"/></pattern></defs>`;
    const cells = Array.from({ length: score.outOf }, (_, index) => {
      const fill = index < low ? ink : index < high ? "url(#maybe)" : c("panel", "#f4f5f7");
      return `<rect x="${(LEFT + index * cell + 2).toFixed(1)}" y="${y}" width="${(cell - 4).toFixed(1)}" height="40" rx="3" fill="${fill}" stroke="${c("line", "#d5d9e0")}" data-cell="${index < low ? "filled" : index < high ? "maybe" : "empty"}"/>`;
    }).join("");
    const tx = (LEFT + score.threshold * cell).toFixed(1);
    bar = `${high > low ? hatch : ""}${cells}<line x1="${tx}" x2="${tx}" y1="${y - 18}" y2="${y + 58}" stroke="${c("threshold", "#b3261e")}" stroke-width="5" stroke-dasharray="10 6"/>`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="'Be Vietnam Pro', sans-serif">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${c("paper", "#ffffff")}"/>` +
    `<rect width="16" height="${OG_HEIGHT}" fill="${c("accent", "#0b5cad")}"/>` +
    ogCardLayout(input).map(runSvg).join("") +
    bar +
    `</svg>`
  );
};
