/**
 * Charts are laid out once per width class, at fixed text sizes; the page shows the class that fits its container
 * (CSS container queries, no JavaScript). An SVG is drawn at `width` user units and shown from `min` px up to the
 * next class, so it is scaled by 1 to at most ~1.35: text is never smaller than laid out (12 px) and never much larger.
 */
export const widthClasses = [
  { id: "xs", width: 260, min: 0 },
  { id: "sm", width: 340, min: 340 },
  { id: "md", width: 460, min: 460 },
  { id: "lg", width: 620, min: 620 },
  { id: "xl", width: 800, min: 800 },
] as const;

export type WidthClass = (typeof widthClasses)[number];
export type WidthClassId = WidthClass["id"];

/** The class a container of this many px shows. */
export const widthClassFor = (containerWidth: number): WidthClass => [...widthClasses].reverse().find((entry) => containerWidth >= entry.min) ?? widthClasses[0];

/** The class shown where CSS (container queries) is not applied: RSS readers, text browsers. */
export const defaultWidthClass: WidthClassId = "sm";

/** Downloads (SVG, PNG) are laid out at this width, inside a frame with title, legend and sources. */
export const EXPORT_WIDTH = 640;
