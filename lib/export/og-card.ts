import { escapeXml, wrapText } from "./standalone-svg";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

type OgCardInput = {
  siteName: string;
  title: string;
  /** "Latest score: 8/16" and "12/16 (75%) needed to be eligible", in the page's language. */
  scoreLine: string;
  neededLine: string;
  /**
   * The cells to fill. A scenario (a what-if, never data) is drawn in the scenario colour; where its total is
   * only known as a range, the cells between the low and the high end are hatched, not filled.
   */
  score: { total: number | null; outOf: number; threshold: number; range?: { min: number; max: number }; kind?: "data" | "computed" | "scenario" } | undefined;
  footer: string;
  host: string;
  colours: Record<string, string>;
};

/** The Open Graph image of a page as SVG (1200×630): title, the current score against the bar, data release. */
export const ogCardSvg = ({ siteName, title, scoreLine, neededLine, score, footer, host, colours }: OgCardInput) => {
  const c = (name: string, fallback: string) => colours[name] ?? fallback;
  const left = 80;
  const right = OG_WIDTH - 80;
  const titleLines = wrapText(title, 34).slice(0, 3);
  const titleSvg = titleLines.map((line, index) => `<text x="${left}" y="${170 + index * 66}" font-size="56" font-weight="700" fill="${c("ink", "#1a1d23")}">${escapeXml(line)}</text>`).join("");
  let bar = "";
  if (score && score.outOf > 0) {
    const width = right - left;
    const cell = width / score.outOf;
    const y = 500;
    const ink = score.kind === "scenario" ? c("scenario", "#6b3fa0") : score.kind === "computed" ? c("computed", "#0f6e66") : c("data", "#0b5cad");
    const low = score.total ?? score.range?.min ?? 0;
    const high = score.total ?? score.range?.max ?? 0;
    const hatch = `<defs><pattern id="maybe" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="10" height="10" fill="${c("panel", "#f4f5f7")}"/><rect width="4" height="10" fill="${ink}"/></pattern></defs>`;
    const cells = Array.from({ length: score.outOf }, (_, index) => {
      const fill = index < low ? ink : index < high ? "url(#maybe)" : c("panel", "#f4f5f7");
      return `<rect x="${(left + index * cell + 2).toFixed(1)}" y="${y}" width="${(cell - 4).toFixed(1)}" height="40" rx="3" fill="${fill}" stroke="${c("line", "#d5d9e0")}" data-cell="${index < low ? "filled" : index < high ? "maybe" : "empty"}"/>`;
    }).join("");
    const tx = (left + score.threshold * cell).toFixed(1);
    bar = `${high > low ? hatch : ""}${cells}<line x1="${tx}" x2="${tx}" y1="${y - 18}" y2="${y + 58}" stroke="${c("threshold", "#b3261e")}" stroke-width="5" stroke-dasharray="10 6"/>`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="'Be Vietnam Pro', sans-serif">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${c("paper", "#ffffff")}"/>` +
    `<rect width="16" height="${OG_HEIGHT}" fill="${c("accent", "#0b5cad")}"/>` +
    `<text x="${left}" y="84" font-size="30" font-weight="700" fill="${c("accent", "#0b5cad")}">${escapeXml(siteName)}</text>` +
    titleSvg +
    `<text x="${left}" y="420" font-size="40" font-weight="700" fill="${c("ink", "#1a1d23")}">${escapeXml(scoreLine)}</text>` +
    `<text x="${left}" y="462" font-size="28" fill="${c("threshold", "#b3261e")}">${escapeXml(neededLine)}</text>` +
    bar +
    `<text x="${left}" y="596" font-size="22" fill="${c("muted", "#4f5663")}">${escapeXml(footer)}</text>` +
    `<text x="${right}" y="596" font-size="22" text-anchor="end" fill="${c("muted", "#4f5663")}">${escapeXml(host)}</text>` +
    `</svg>`
  );
};
