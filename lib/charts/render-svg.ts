import type { Paint, Scene, Shape } from "./scene";

/** The one SVG writer: pages, embeds and downloads all print the same markup from a scene. */

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const styleOf = (paint: Paint) => {
  const parts: string[] = [];
  parts.push(`fill:${paint.fill ?? "none"}`);
  if (paint.stroke) parts.push(`stroke:${paint.stroke}`, `stroke-width:${paint.strokeWidth ?? 1}`);
  if (paint.stroke && paint.dash) parts.push(`stroke-dasharray:${paint.dash}`);
  if (paint.fillOpacity !== undefined) parts.push(`fill-opacity:${paint.fillOpacity}`);
  if (paint.opacity !== undefined) parts.push(`opacity:${paint.opacity}`);
  return parts.join(";");
};

const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");

export const renderShape = (shape: Shape): string => {
  switch (shape.t) {
    case "rect":
      return `<rect${attrs({ x: shape.x, y: shape.y, width: shape.w, height: shape.h, rx: shape.rx, style: styleOf(shape.paint) })}/>`;
    case "line":
      return `<line${attrs({ x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, style: styleOf(shape.paint) })}/>`;
    case "circle":
      return `<circle${attrs({ cx: shape.cx, cy: shape.cy, r: shape.r, style: styleOf(shape.paint) })}/>`;
    case "path":
      return `<path${attrs({ d: shape.d, style: styleOf(shape.paint) })}/>`;
    case "text": {
      const style = [`fill:${shape.fill}`, ...(shape.halo ? ["stroke:var(--paper)", "stroke-width:3px", "stroke-linejoin:round", "paint-order:stroke"] : [])].join(";");
      return `<text${attrs({
        x: shape.x,
        y: shape.y,
        "font-size": shape.size,
        "font-weight": shape.weight === 700 ? 700 : undefined,
        "font-style": shape.italic ? "italic" : undefined,
        "text-anchor": shape.anchor === "start" ? undefined : shape.anchor,
        "data-role": shape.role,
        style,
      })}>${escapeXml(shape.text)}</text>`;
    }
    case "g": {
      const data = Object.fromEntries(Object.entries(shape.data ?? {}).map(([key, value]) => [`data-${key}`, value]));
      const transform = shape.x || shape.y ? `translate(${shape.x ?? 0} ${shape.y ?? 0})` : undefined;
      return `<g${attrs({ ...data, transform })}>${shape.children.map(renderShape).join("")}</g>`;
    }
  }
};

type SvgOptions = {
  /** Unique on the page: the ids of <title> and <desc> derive from it. */
  id?: string;
  title?: string;
  desc?: string;
  /**
   * On a page, the ids of the figure's own heading and summary: the drawing refers to them instead of carrying a copy,
   * so a figure drawn once per width class still has its words once (title and desc are then left out).
   */
  labelledBy?: string;
  describedBy?: string;
  attributes?: Record<string, string | undefined>;
  /** A standalone file: xmlns, pixel size and a font. */
  standalone?: { fontFamily: string };
};

/** A scene as an <svg> element: role img with its title and description, shapes hidden from screen readers. */
export const renderSvg = (scene: Scene, { id, title, desc, labelledBy, describedBy, attributes = {}, standalone }: SvgOptions = {}) => {
  if (labelledBy) title = desc = undefined;
  const labelled = labelledBy ?? (id && title ? `${id}-title${desc ? ` ${id}-desc` : ""}` : undefined);
  const named = Boolean(labelled || title);
  const open = `<svg${attrs({
    xmlns: standalone ? "http://www.w3.org/2000/svg" : undefined,
    width: standalone ? scene.width : undefined,
    height: standalone ? scene.height : undefined,
    viewBox: `0 0 ${scene.width} ${scene.height}`,
    role: named ? "img" : undefined,
    "aria-labelledby": labelled,
    "aria-describedby": labelledBy ? describedBy : undefined,
    "aria-hidden": named ? undefined : "true",
    "font-family": standalone?.fontFamily,
    ...attributes,
  })}>`;
  const head = title ? `<title${attrs({ id: id ? `${id}-title` : undefined })}>${escapeXml(title)}</title>${desc ? `<desc${attrs({ id: id ? `${id}-desc` : undefined })}>${escapeXml(desc)}</desc>` : ""}` : "";
  const body = named ? `<g aria-hidden="true">${scene.shapes.map(renderShape).join("")}</g>` : scene.shapes.map(renderShape).join("");
  return `${open}${head}${body}</svg>`;
};
