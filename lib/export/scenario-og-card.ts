import type { BarVerdict } from "../format/bar-verdict";
import type { PointRange } from "../scoring/score-assessment";
import { OG_HEIGHT, OG_WIDTH, ogTextWidth, runSvg, wrapLines, type OgTextRun } from "./og-text";

export type ScenarioCardInput = {
  /** "start": the simulator's own page, which shows only where it starts from (one bar, in the start's colour). */
  mode?: "scenario" | "start";
  siteName: string;
  /** "KỊCH BẢN GIẢ ĐỊNH": always on the card, so the picture is never mistaken for a score. */
  whatIf: string;
  title: string;
  start: { label: string; range: PointRange };
  scenario: { range: PointRange; verdict: BarVerdict; verdictLabel: string };
  /** "Kịch bản" and "Xuất phát", the two bars' labels. */
  barLabels: { start: string; scenario: string };
  threshold: number;
  outOf: number;
  thresholdLabel: string;
  /** Two footer lines: where the scenario starts from, and the data release with its date. */
  footer: [string, string];
  host: string;
  colours: Record<string, string>;
};

/**
 * Where the card draws its two bars: one cell per point, the start above and the scenario below, so a test can read
 * back the drawn total from the PNG's pixels (tests/e2e/scenario-pages.spec.ts).
 */
export const scenarioCardLayout = (outOf: number) => {
  const left = 330;
  const right = OG_WIDTH - 80;
  const cell = (right - left) / outOf;
  return {
    left,
    right,
    cell,
    start: { y: 432, height: 24 },
    scenario: { y: 470, height: 40 },
    /** The x of a cell's centre. */
    centre: (index: number) => left + index * cell + cell / 2,
    thresholdX: (threshold: number) => left + threshold * cell,
  };
};

export type CellState = "filled" | "maybe" | "empty";
/** How a cell is drawn for a range: filled below the low end, hatched ("maybe") up to the high end, empty above. */
export const cellState = (index: number, range: PointRange): CellState => (index < range.min ? "filled" : index < range.max ? "maybe" : "empty");

const scoreText = (range: PointRange, outOf: number) => `${range.min === range.max ? range.min : `${range.min}–${range.max}`}/${outOf}`;

const WHAT_IF = { size: 21, spacing: 1 };
const TICK = 46;
/** The verdict starts after the total (and the tick, when the bar is met), however wide the total is. */
const verdictX = (input: ScenarioCardInput) => Math.round(80 + ogTextWidth(scoreText(input.scenario.range, input.outOf), 84, 700) + 40 + (input.scenario.verdict.kind === "met" ? TICK : 0));

/**
 * Where every text of a scenario card goes: the what-if label, the title (wrapped to the card's width, three lines at
 * most, cut with "…"), the total and the verdict beside it, the two bars' labels, the bar's label and the footer.
 * Pure, so a test can check every card.
 */
export const scenarioCardTextLayout = (input: ScenarioCardInput): OgTextRun[] => {
  const c = (name: string, fallback: string) => input.colours[name] ?? fallback;
  const ink = c("ink", "#1a1d23");
  const muted = c("muted", "#4f5663");
  const scenarioInk = c("scenario", "#6b3fa0");
  const startMode = input.mode === "start";
  const mainInk = startMode ? c("computed", "#0f6e66") : scenarioInk;
  const met = input.scenario.verdict.kind === "met";
  const layout = scenarioCardLayout(input.outOf);
  const right = OG_WIDTH - 80;
  const score = scoreText(input.scenario.range, input.outOf);
  const scoreRun: OgTextRun = { text: score, x: 80, y: 380, size: 84, weight: 700, fill: mainInk, data: { score } };
  const x = verdictX(input);
  const verdict = wrapLines(input.scenario.verdictLabel.replace(/\s*✓$/, ""), right - x, 30, 700, 2).lines.map(
    (text, index): OgTextRun => ({ text, x, y: 338 + index * 42, size: 30, weight: 700, group: "verdict", fill: met ? c("good", "#1d7a3a") : ink }),
  );
  const title = wrapLines(input.title, right - 80, 42, 700, 3).lines.map((text, index): OgTextRun => ({ text, x: 80, y: 176 + index * 52, size: 42, weight: 700, group: "title", fill: ink }));
  const tx = layout.thresholdX(input.threshold);
  return [
    { text: input.siteName, x: 80, y: 66, size: 28, weight: 700, fill: c("accent", "#0b5cad") },
    { text: input.whatIf, x: 92, y: 110, size: WHAT_IF.size, weight: 700, letterSpacing: WHAT_IF.spacing, fill: scenarioInk },
    ...title,
    scoreRun,
    ...verdict,
    ...(startMode ? [] : [{ text: `${input.barLabels.start} ${scoreText(input.start.range, input.outOf)}`, x: layout.left - 14, y: layout.start.y + 19, size: 20, weight: 400 as const, anchor: "end" as const, fill: muted }]),
    { text: `${input.barLabels.scenario} ${score}`, x: layout.left - 14, y: layout.scenario.y + 28, size: 22, weight: 700, anchor: "end", fill: mainInk },
    { text: input.thresholdLabel, x: Number(tx.toFixed(1)), y: layout.start.y - 20, size: 20, weight: 700, anchor: "middle", fill: c("threshold", "#b3261e") },
    { text: input.footer[0], x: 80, y: 560, size: 20, weight: 400, fill: muted },
    { text: input.footer[1], x: 80, y: 590, size: 20, weight: 400, fill: muted },
    { text: input.host, x: right, y: 590, size: 20, weight: 400, anchor: "end", fill: muted },
  ];
};

/**
 * A scenario's Open Graph image (1200×630): labelled as a what-if, the scenario's title, its total against the bar
 * (a range drawn as a range: hatched cells between its low and high end), the start it is computed from as a second
 * bar, and the data it starts from with its date.
 */
export const scenarioCardSvg = (input: ScenarioCardInput) => {
  const c = (name: string, fallback: string) => input.colours[name] ?? fallback;
  const scenarioInk = c("scenario", "#6b3fa0");
  const startInk = c("computed", "#0f6e66");
  const panel = c("panel", "#f4f5f7");
  const good = c("good", "#1d7a3a");
  const layout = scenarioCardLayout(input.outOf);
  const met = input.scenario.verdict.kind === "met";
  const startMode = input.mode === "start";
  const mainInk = startMode ? startInk : scenarioInk;
  const runs = scenarioCardTextLayout(input);

  const hatch = (id: string, colour: string) =>
    `<pattern id="${id}" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="10" height="10" fill="${panel}"/><rect width="4" height="10" fill="${colour}"/></pattern>`;
  const bar = (key: "start" | "scenario", range: PointRange, colour: string) => {
    const { y, height } = layout[key];
    return Array.from({ length: input.outOf }, (_, index) => {
      const state = cellState(index, range);
      const fill = state === "filled" ? colour : state === "maybe" ? `url(#maybe-${colour === startInk ? "start" : "scenario"})` : panel;
      return `<rect x="${(layout.left + index * layout.cell + 2).toFixed(1)}" y="${y}" width="${(layout.cell - 4).toFixed(1)}" height="${height}" rx="3" fill="${fill}" stroke="${c("line", "#d5d9e0")}" data-bar="${key}" data-cell="${state}"/>`;
    }).join("");
  };
  const tx = layout.thresholdX(input.threshold).toFixed(1);
  const check = met ? `<path d="M 0 14 L 10 24 L 30 2" fill="none" stroke="${good}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round" transform="translate(${verdictX(input) - TICK} 311)"/>` : "";
  const whatIfWidth = ogTextWidth(input.whatIf, WHAT_IF.size, 700, WHAT_IF.spacing);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="'Be Vietnam Pro', sans-serif">` +
    `<defs>${hatch("maybe-start", startInk)}${hatch("maybe-scenario", scenarioInk)}</defs>` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${c("paper", "#ffffff")}"/>` +
    `<rect width="16" height="${OG_HEIGHT}" fill="${scenarioInk}"/>` +
    `<rect x="80" y="84" width="${Math.min(1040, Math.ceil(whatIfWidth) + 24)}" height="36" rx="4" fill="none" stroke="${scenarioInk}" stroke-width="3" stroke-dasharray="8 5"/>` +
    runs.map(runSvg).join("") +
    check +
    (startMode ? "" : bar("start", input.start.range, startInk)) +
    bar("scenario", input.scenario.range, mainInk) +
    `<line x1="${tx}" x2="${tx}" y1="${layout.start.y - 14}" y2="${layout.scenario.y + layout.scenario.height + 12}" stroke="${c("threshold", "#b3261e")}" stroke-width="5" stroke-dasharray="10 6"/>` +
    `</svg>`
  );
};
