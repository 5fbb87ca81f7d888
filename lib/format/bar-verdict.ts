import type { Eligibility, PointRange } from "../scoring/score-assessment";

/**
 * Whether a total meets the bar, in words a reader can act on, as a message key and its values (the keys live in
 * the "path.verdict" namespace). With a range: met only if its low end meets the bar, short only if its high end
 * does not, otherwise "may meet the bar, or be up to N points short".
 */
export type BarVerdict =
  | { kind: "met"; key: "met"; values: { threshold: number; outOf: number } }
  | { kind: "short"; key: "short" | "shortOne" | "shortRange"; values: { gap: number; min: number; max: number; threshold: number; outOf: number } }
  | { kind: "maybe"; key: "maybe"; values: { max: number; threshold: number; outOf: number } }
  | { kind: "not-enough-data"; key: "notEnoughData"; values: Record<string, never> };

export const barVerdict = (range: PointRange, threshold: number, outOf: number, eligibility?: Eligibility): BarVerdict => {
  if (eligibility === "not-enough-data") return { kind: "not-enough-data", key: "notEnoughData", values: {} };
  if (range.min >= threshold) return { kind: "met", key: "met", values: { threshold, outOf } };
  const most = threshold - range.min;
  if (range.max >= threshold) return { kind: "maybe", key: "maybe", values: { max: most, threshold, outOf } };
  const least = threshold - range.max;
  const key = least !== most ? "shortRange" : least === 1 ? "shortOne" : "short";
  return { kind: "short", key, values: { gap: least, min: least, max: most, threshold, outOf } };
};

/** "12/16" or "12–14/16". */
export const scoreText = (range: PointRange, outOf: number) => `${range.min === range.max ? range.min : `${range.min}–${range.max}`}/${outOf}`;
