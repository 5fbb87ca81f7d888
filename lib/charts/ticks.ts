/** Ticks every `step` points (4 = one criterion), so the grid lines fall on 4, 8, 12 and 16. */
export const stepTicks = (max: number, step: number) => Array.from({ length: Math.floor(max / step) + 1 }, (_, index) => index * step);
