import { inside, overlaps, textBox, type Box, type TextStyle } from "./text";

export type Candidate = { x: number; y: number; anchor: "start" | "middle" | "end" };

/**
 * Greedy label placement: each label takes the first of its candidate positions that stays inside the bounds and
 * touches no obstacle (marks, lines) and no label placed before it. Labels are placed in the order given (most
 * important first); one that finds no room is left out (its value stays in the table) and reported.
 */
export class LabelPlacer {
  private placed: Box[] = [];
  constructor(
    private readonly bounds: Box,
    private readonly obstacles: Box[],
    private readonly gap = 2,
  ) {}

  /** Room that later labels must leave free (e.g. an axis title). */
  reserve(box: Box) {
    this.placed.push(box);
  }

  fits(box: Box, ignore: ReadonlyArray<Box> = []) {
    return inside(box, this.bounds) && !this.placed.some((other) => overlaps(box, other, this.gap)) && !this.obstacles.some((obstacle) => !ignore.includes(obstacle) && overlaps(box, obstacle, 1));
  }

  place(text: string, style: TextStyle, candidates: ReadonlyArray<Candidate>, ignore: ReadonlyArray<Box> = []): (Candidate & { box: Box }) | null {
    for (const candidate of candidates) {
      const box = textBox(text, candidate.x, candidate.y, candidate.anchor, style);
      if (this.fits(box, ignore)) {
        this.placed.push(box);
        return { ...candidate, box };
      }
    }
    return null;
  }
}
