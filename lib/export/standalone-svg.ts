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
