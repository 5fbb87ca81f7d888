import type { ComputedYear } from "@/lib/charts/describe/score-history";

/**
 * A made-up computed series for layout tests and previews only (never shown on the site): fifteen OGP data years
 * 2011–2025 with ranges and a few exact values, shaped like what the eligibility engine will give.
 */
export const syntheticComputedYears: ComputedYear[] = [
  [4, 10], [4, 10], [4, 10], [6, 10], [6, 10], [6, 8], [8, 8], [8, 10], [8, 12], [10, 12], [10, 12], [10, 14], [12, 12], [12, 14], [12, 14],
].map(([min, max], index) => ({ dataYear: 2011 + index, range: { min, max }, outOf: 16, threshold: 12, sources: ["synthetic"] }));
