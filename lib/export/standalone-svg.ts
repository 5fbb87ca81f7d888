/** A system font stack: the downloaded SVG names fonts every reader has, and embeds none. */
export const SYSTEM_FONT_STACK = "'Be Vietnam Pro', 'Inter', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** The light-mode colour of every CSS variable in a stylesheet's first `:root { … }` block. */
export const lightModeColours = (css: string): Record<string, string> => {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  return Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
};

/** `fill: var(--ink)` → `fill: #1a1d23`: a file outside the site has no stylesheet to resolve variables. */
export const resolveCssVariables = (svg: string, colours: Record<string, string>) =>
  svg.replace(/var\(--([\w-]+)\)/g, (match, name: string) => colours[name] ?? match);

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
export const decodeXmlText = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, body: string) =>
    body.startsWith("#x") || body.startsWith("#X") ? String.fromCodePoint(parseInt(body.slice(2), 16)) : body.startsWith("#") ? String.fromCodePoint(Number(body.slice(1))) : (entities[body] ?? match),
  );

/** Greedy word wrap by character count: enough for titles in a fixed-width export. */
export const wrapText = (text: string, maxChars: number): string[] => {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
};

type StandaloneInput = {
  /** The chart's own <svg> as the page renders it (viewBox, title, desc, marks). */
  chartSvg: string;
  title: string;
  subtitle: string;
  /** "Source: …" and "Data as of … · site": printed under the chart. */
  footer: ReadonlyArray<string>;
  colours: Record<string, string>;
  width?: number;
};

/** A self-contained SVG file: xmlns, light colours, system fonts, title and subtitle on top, source and release below. */
export const standaloneSvg = ({ chartSvg, title, subtitle, footer, colours, width = 720 }: StandaloneInput) => {
  const open = /^<svg\b[^>]*>/.exec(chartSvg.trim());
  if (!open) throw new Error("standaloneSvg: the chart markup does not start with <svg>");
  const viewBox = /viewBox="([^"]+)"/.exec(open[0])?.[1] ?? "0 0 360 260";
  const [, , vbWidth, vbHeight] = viewBox.split(/\s+/).map(Number);
  const inner = chartSvg.trim().slice(open[0].length).replace(/<\/svg>\s*$/, "");
  const pad = 24;
  const titleLines = wrapText(title, Math.floor((width - 2 * pad) / 11));
  const subtitleLines = wrapText(subtitle, Math.floor((width - 2 * pad) / 8));
  const footerLines = footer.flatMap((line) => wrapText(line, Math.floor((width - 2 * pad) / 6.6)));
  let y = pad + 20;
  const text: string[] = [];
  for (const line of titleLines) {
    text.push(`<text x="${pad}" y="${y}" font-size="20" font-weight="700" fill="${colours.ink ?? "#000"}">${escapeXml(line)}</text>`);
    y += 26;
  }
  for (const line of subtitleLines) {
    text.push(`<text x="${pad}" y="${y}" font-size="14" fill="${colours.muted ?? "#444"}">${escapeXml(line)}</text>`);
    y += 19;
  }
  const chartWidth = width - 2 * pad;
  const chartHeight = Math.round((vbHeight / vbWidth) * chartWidth);
  const chartTop = y + 4;
  y = chartTop + chartHeight + 22;
  for (const line of footerLines) {
    text.push(`<text x="${pad}" y="${y}" font-size="11" fill="${colours.muted ?? "#444"}">${escapeXml(line)}</text>`);
    y += 15;
  }
  const height = y + pad - 10;
  const chart = `<svg x="${pad}" y="${chartTop}" width="${chartWidth}" height="${chartHeight}" viewBox="${viewBox}">${inner}</svg>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SYSTEM_FONT_STACK)}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml([subtitle, ...footer].join(" — "))}</desc>` +
    `<rect width="100%" height="100%" fill="${colours.paper ?? "#fff"}"/>` +
    text.join("") +
    resolveCssVariables(chart, colours).replace(/ class="[^"]*"/g, "") +
    `</svg>\n`
  );
};
