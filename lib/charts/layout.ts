import { scaleLinear } from "d3-scale";
import { drawnShape, isExact, kindOfMark, type ChartDescription, type Mark, type RowsChart, type TimeChart } from "./description";
import { type MarkKind } from "./mark-kind";
import { areaShapes, colour, intervalShapes, noDataShapes, pointShapes, thresholdPaint } from "./mark-style";
import { LabelPlacer, type Candidate } from "./place-labels";
import type { Scene, Shape } from "./scene";
import { periodSpan, spanCentre, yearTicks } from "./time";
import { textBox, textWidth, type Box, type FontFace, type TextStyle } from "./text";

/** Text sizes are fixed: a chart is laid out again for each width class, never scaled down. */
export const TEXT = { tick: 12, label: 12, axis: 12, note: 12, title: 20, subtitle: 14 } as const;

export type Layout = {
  scene: Scene;
  /** Marks whose label found no room at this width (their values stay in the table). */
  droppedLabels: string[];
  /** Annotation texts that found no room; the figure prints them under the chart. */
  droppedAnnotations: string[];
};

const r1 = (value: number) => Math.round(value * 10) / 10;

type Positioned = { mark: Mark; kind: MarkKind; shape: ReturnType<typeof drawnShape>; box: Box; cx: number; cy: number; shapes: Shape[] };

const markGroup = (item: Positioned): Shape => ({
  t: "g",
  data: {
    mark: item.mark.id,
    series: item.mark.series,
    status: item.mark.status,
    kind: item.kind,
    shape: item.shape,
    ...(item.mark.value ? { min: String(item.mark.value.min), max: String(item.mark.value.max) } : {}),
    ...(isExact(item.mark.value) ? { value: String(item.mark.value.min) } : {}),
  },
  children: item.shapes,
});

const labelText = (text: string, at: Candidate, style: TextStyle, fill: string, role: "label" | "threshold" | "annotation", italic = false): Shape => ({
  t: "text",
  x: r1(at.x),
  y: r1(at.y),
  text,
  size: style.size,
  weight: style.weight,
  anchor: at.anchor,
  fill,
  halo: true,
  italic,
  role,
});

/** Candidates around a box: above, below, right, left (in the order a reader expects for a value). */
const around = (box: Box, size: number, order: ReadonlyArray<"above" | "below" | "right" | "left"> = ["above", "below", "right", "left"]): Candidate[] => {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2 + size * 0.35;
  const positions = {
    above: { x: cx, y: box.y - 4, anchor: "middle" as const },
    below: { x: cx, y: box.y + box.h + size + 1, anchor: "middle" as const },
    right: { x: box.x + box.w + 4, y: cy, anchor: "start" as const },
    left: { x: box.x - 4, y: cy, anchor: "end" as const },
  };
  return order.map((key) => positions[key]);
};

const valueStyle = (face: FontFace, emphasis = false): TextStyle => ({ size: TEXT.label, weight: emphasis ? 700 : 700, face });
const plainStyle = (face: FontFace, size: number = TEXT.tick): TextStyle => ({ size, weight: 400, face });

/** Below this drawn width a time chart with essential marks labels only those, without the gap note (the rest is in the table). */
export const PHONE_WIDTH = 460;

/** The time chart: a value axis against real dates (a year covers its year), marks, threshold, labels. */
const layoutTime = (d: TimeChart, width: number, face: FontFace): Layout => {
  const format = d.valueAxis.format ?? String;
  const tickStyle = plainStyle(face);
  const tickWidth = Math.max(...d.valueAxis.ticks.map((tick) => textWidth(format(tick), tickStyle)));
  const left = Math.ceil(tickWidth + 8);
  const right = 10;
  const spans = d.marks.map((mark) => (mark.period ? periodSpan(mark.period) : { start: 0, end: 0 }));
  const from = Math.floor(Math.min(...spans.map((span) => span.start), d.domain?.from ?? Infinity));
  const to = Math.ceil(Math.max(...spans.map((span) => span.end), d.domain?.to ?? -Infinity));
  const axisTitle = d.valueAxis.label;
  const axisTitleBox = textBox(axisTitle, 0, 13, "start", tickStyle);
  const phone = width < PHONE_WIDTH && d.marks.some((mark) => mark.essential && mark.label);

  const attempt = (top: number): Layout & { thresholdFallback: boolean } => {
    const plotHeight = Math.round(Math.min(260, Math.max(180, width * 0.5)));
    const bottom = top + plotHeight;
    const height = bottom + 26;
    const x = scaleLinear().domain([from, to]).range([left, width - right]);
    const y = scaleLinear().domain([0, d.valueAxis.max]).range([bottom, top]);
    const pxPerYear = x(from + 1) - x(from);
    const shapes: Shape[] = [];

    // Grid, value ticks, baseline, axis title.
    for (const tick of d.valueAxis.ticks) {
      shapes.push({ t: "line", x1: left, x2: width - right, y1: r1(y(tick)), y2: r1(y(tick)), paint: { stroke: "var(--line)", strokeWidth: 1 } });
      shapes.push({ t: "text", x: left - 6, y: r1(y(tick) + 4), text: format(tick), size: TEXT.tick, anchor: "end", fill: "var(--muted)", role: "tick" });
    }
    shapes.push({ t: "text", x: 0, y: 13, text: axisTitle, size: TEXT.axis, anchor: "start", fill: "var(--muted)", role: "axis" });

    // Year axis: a tick at each year boundary, a label in the middle of the years the step keeps.
    const yearLabel = { size: TEXT.tick, face } as const;
    const { years } = yearTicks(from, to, pxPerYear, textWidth("2000", yearLabel));
    for (let year = from; year <= to; year++) {
      if (pxPerYear >= 6 || year % 5 === 0) shapes.push({ t: "line", x1: r1(x(year)), x2: r1(x(year)), y1: bottom, y2: bottom + 4, paint: { stroke: "var(--muted)", strokeWidth: 1 } });
    }
    for (const year of years) {
      const centre = x(year + 0.5);
      const w = textWidth(String(year), yearLabel);
      if (centre - w / 2 < left - 4 || centre + w / 2 > width) continue;
      shapes.push({ t: "text", x: r1(centre), y: bottom + 18, text: String(year), size: TEXT.tick, anchor: "middle", fill: "var(--muted)", role: "tick" });
    }

    // Marks, background first: ranges, areas, then links and points on top.
    const seriesOrder = new Map(d.series.map((series, index) => [series.id, index]));
    const positioned: Positioned[] = d.marks.map((mark, index) => {
      const span = spans[index];
      const x0 = x(span.start);
      const x1 = x(span.end);
      const centre = x(spanCentre(span));
      const kind = kindOfMark(mark);
      const shape = drawnShape(mark, d.series);
      const value = mark.value;
      if (shape === "nodata" || !value) {
        return { mark, kind: "nodata", shape: "nodata", box: { x: centre - 5.5, y: bottom - 5.5, w: 11, h: 11 }, cx: centre, cy: bottom, shapes: noDataShapes(r1(centre), bottom) };
      }
      if (shape === "interval") {
        const w = Math.max(6, Math.min(12, x1 - x0 - 2));
        const bx = centre - w / 2;
        const top = y(value.max);
        const h = y(value.min) - top;
        return { mark, kind, shape, box: { x: bx - 1, y: top - 1.5, w: w + 2, h: h + 3 }, cx: centre, cy: top + h / 2, shapes: intervalShapes(kind, "vertical", r1(bx), r1(top), r1(w), r1(h)) };
      }
      if (shape === "column") {
        const w = Math.max(6, Math.min(28, (x1 - x0) * 0.7, pxPerYear * 0.8));
        const top = y(value.min);
        return { mark, kind, shape, box: { x: centre - w / 2, y: top, w, h: bottom - top }, cx: centre, cy: top, shapes: areaShapes(kind, r1(centre - w / 2), r1(top), r1(w), r1(bottom - top)) };
      }
      if (shape === "span") {
        const w = Math.max(8, x1 - x0 - 2);
        const cy = y(value.min);
        return { mark, kind, shape, box: { x: centre - w / 2, y: cy - 3, w, h: 6 }, cx: centre, cy, shapes: areaShapes(kind, r1(centre - w / 2), r1(cy - 3), r1(w), 6) };
      }
      const cy = y(value.min);
      const periodLine: Shape[] = x1 - x0 > 12 ? [{ t: "line", x1: r1(x0 + 1.5), x2: r1(x1 - 1.5), y1: r1(cy), y2: r1(cy), paint: { stroke: colour(kind), strokeWidth: 2, dash: kind === "projection" || kind === "scenario" ? "4 2" : undefined } }] : [];
      const boxLeft = Math.min(centre - 6, periodLine.length ? x0 : centre);
      const boxRight = Math.max(centre + 6, periodLine.length ? x1 : centre);
      return { mark, kind, shape, box: { x: boxLeft, y: cy - 6, w: boxRight - boxLeft, h: 12 }, cx: centre, cy, shapes: [...periodLine, ...pointShapes(kind, r1(centre), r1(cy), 4.5, mark.hollow)] };
    });
    const layer = (item: Positioned) => (item.shape === "interval" ? 0 : item.shape === "column" || item.shape === "span" ? 1 : item.shape === "nodata" ? 3 : 2);
    const drawOrder = [...positioned].sort((a, b) => layer(a) - layer(b) || (seriesOrder.get(a.mark.series) ?? 0) - (seriesOrder.get(b.mark.series) ?? 0));

    // Connected series (a line through the points, in date order).
    const lines: Shape[] = [];
    for (const series of d.series.filter((entry) => entry.connected)) {
      const points = positioned.filter((item) => item.mark.series === series.id && item.shape !== "nodata").sort((a, b) => a.cx - b.cx);
      if (points.length > 1) lines.push({ t: "path", d: `M${points.map((item) => `${r1(item.cx)},${r1(item.cy)}`).join("L")}`, paint: { fill: "none", stroke: colour(points[0].kind), strokeWidth: 2.5 } });
    }
    shapes.push({ t: "line", x1: left, x2: width - right, y1: bottom, y2: bottom, paint: { stroke: "var(--ink)", strokeWidth: 1 } });
    shapes.push(...lines);
    const thresholdY = d.threshold ? y(d.threshold.value) : 0;
    // The pass mark runs over ranges and areas but under points, so a point on the line stays whole.
    const thresholdLineShape: Shape | undefined = d.threshold ? { t: "line", x1: left, x2: width - right, y1: r1(thresholdY), y2: r1(thresholdY), paint: thresholdPaint } : undefined;
    drawOrder.forEach((item, index) => {
      if (thresholdLineShape && layer(item) >= 2 && (index === 0 || layer(drawOrder[index - 1]) < 2)) shapes.push(thresholdLineShape);
      shapes.push(markGroup(item));
    });
    if (thresholdLineShape && !shapes.includes(thresholdLineShape)) shapes.push(thresholdLineShape);

    // Labels: the threshold first (once, clear of marks), then the gap, then values by priority.
    const obstacles = positioned.map((item) => item.box);
    const thresholdLine: Box = { x: left, y: thresholdY - 1.5, w: width - right - left, h: 3 };
    // Labels stay right of the value ticks and above the year labels.
    const placer = new LabelPlacer({ x: left - 2, y: 0, w: width - left + 2, h: bottom + 1 }, [...obstacles, ...(d.threshold ? [thresholdLine] : [])]);
    placer.reserve(axisTitleBox);
    let thresholdFallback = false;
    if (d.threshold) {
      const style: TextStyle = { size: TEXT.label, weight: 700, face };
      const w = textWidth(d.threshold.label, style);
      const candidates: Candidate[] = [];
      for (let xEnd = width - right; xEnd - w >= left; xEnd -= 8) {
        candidates.push({ x: xEnd, y: thresholdY - 5, anchor: "end" }, { x: xEnd, y: thresholdY + TEXT.label + 3, anchor: "end" });
      }
      const spot = placer.place(d.threshold.label, style, candidates, [thresholdLine]);
      if (spot) shapes.push(labelText(d.threshold.label, spot, style, "var(--threshold)", "threshold"));
      else {
        // No room on the line: print it in the header band, at the right, with a piece of the line before it.
        const headerY = top - 9;
        const fallback = placer.place(d.threshold.label, style, [{ x: width, y: headerY, anchor: "end" }], [thresholdLine]);
        if (!fallback) return { scene: { width, height, shapes }, droppedLabels: [], droppedAnnotations: [], thresholdFallback: true };
        thresholdFallback = true;
        const lineEnd = fallback.box.x - 4;
        shapes.push({ t: "line", x1: r1(lineEnd - 16), x2: r1(lineEnd), y1: r1(headerY - 4), y2: r1(headerY - 4), paint: thresholdPaint });
        placer.reserve({ x: lineEnd - 16, y: headerY - 6, w: 16, h: 4 });
        shapes.push(labelText(d.threshold.label, fallback, style, "var(--threshold)", "threshold"));
      }
    }
    const droppedAnnotations: string[] = [];
    for (const annotation of phone ? [] : (d.annotations ?? [])) {
      const item = positioned.find((candidate) => candidate.mark.id === annotation.mark);
      if (!item || !item.mark.value) continue;
      // The bracket runs from the part of the mark below the bar (its top, or its bottom for a range that straddles it).
      const reference = item.mark.value.max < annotation.to ? item.mark.value.max : item.mark.value.min;
      const fromY = y(reference);
      const toY = y(annotation.to);
      const bx = item.box.x + item.box.w + 3;
      const style: TextStyle = { size: TEXT.label, weight: 400, face };
      const bracket = reference < annotation.to && fromY - toY > 4 && bx + 4 < width;
      if (bracket) {
        const paint = { stroke: "var(--threshold)", strokeWidth: 1.5 };
        shapes.push({ t: "g", data: { annotation: "gap" }, children: [
          { t: "line", x1: r1(bx), x2: r1(bx), y1: r1(fromY), y2: r1(toY), paint },
          { t: "line", x1: r1(bx - 3), x2: r1(bx + 3), y1: r1(fromY), y2: r1(fromY), paint },
          { t: "line", x1: r1(bx - 3), x2: r1(bx + 3), y1: r1(toY), y2: r1(toY), paint },
        ] });
        placer.reserve({ x: bx - 3, y: toY, w: 6, h: fromY - toY });
      }
      const mid = (fromY + toY) / 2 + 4;
      const candidates: Candidate[] = bracket
        ? [
            { x: bx + 6, y: mid, anchor: "start" },
            { x: item.box.x - 5, y: mid, anchor: "end" },
            { x: bx + 6, y: toY - 7, anchor: "start" },
            { x: bx - 4, y: toY - 7, anchor: "end" },
            { x: item.box.x - 5, y: toY - 7, anchor: "end" },
            { x: bx - 4, y: toY + TEXT.label + 4, anchor: "end" },
            { x: item.cx, y: item.box.y - 20, anchor: "middle" },
            { x: item.box.x - 5, y: fromY + 16, anchor: "end" },
          ]
        : [...around(item.box, TEXT.label, ["left", "below", "above"]), { x: item.box.x - 5, y: item.box.y + item.box.h + 16, anchor: "end" }];
      const spot = placer.place(annotation.text, style, candidates, [item.box]);
      if (spot) shapes.push(labelText(annotation.text, spot, style, "var(--threshold)", "annotation"));
      else droppedAnnotations.push(annotation.text);
    }
    const droppedLabels: string[] = [];
    // Values first by priority; "no data" labels last and all or none, so a row of markers never reads half-labelled.
    const labelled = positioned.filter((item) => item.mark.label && (!phone || item.mark.essential)).sort((a, b) => Number(a.shape === "nodata") - Number(b.shape === "nodata") || (b.mark.priority ?? 0) - (a.mark.priority ?? 0) || b.cx - a.cx);
    const noDataLabels: Shape[] = [];
    for (const item of labelled) {
      const text = item.mark.label!;
      const noData = item.shape === "nodata";
      const style = noData ? plainStyle(face) : valueStyle(face, item.mark.emphasis);
      const candidates: Candidate[] = noData
        ? [{ x: item.cx, y: item.cy - 9, anchor: "middle" }, { x: item.cx + 8, y: item.cy - 9, anchor: "start" }, { x: item.cx - 8, y: item.cy - 9, anchor: "end" }, { x: item.cx, y: item.cy - 26, anchor: "middle" }]
        : item.shape === "column"
          ? [{ x: item.cx, y: item.box.y - 4, anchor: "middle" }]
          : item.shape === "point"
            ? [...around({ x: item.cx - 6, y: item.cy - 6, w: 12, h: 12 }, TEXT.label), ...around(item.box, TEXT.label, ["above", "below"])]
            : item.shape === "span"
              ? [
                  ...around(item.box, TEXT.label, ["above", "below"]),
                  { x: item.box.x, y: item.box.y - 3, anchor: "start" },
                  { x: item.box.x + item.box.w, y: item.box.y - 3, anchor: "end" },
                  { x: item.box.x, y: item.box.y + item.box.h + TEXT.label, anchor: "start" },
                  { x: item.box.x + item.box.w, y: item.box.y + item.box.h + TEXT.label, anchor: "end" },
                  ...around(item.box, TEXT.label, ["right", "left"]),
                ]
              : around(item.box, TEXT.label);
      // The computed series is a translucent background: other series' labels may sit over it (with their halo).
      const background = item.kind === "computed" ? [] : positioned.filter((other) => other.kind === "computed" && other.shape === "interval").map((other) => other.box);
      const spot = placer.place(text, style, candidates, [item.box, ...background]);
      if (spot) (noData ? noDataLabels : shapes).push(labelText(text, spot, style, noData ? "var(--muted)" : "var(--ink)", "label", noData));
      else droppedLabels.push(item.mark.id);
    }
    // An annotation that found no room in the plot is written under the year axis, in this width class only.
    let finalHeight = height;
    for (const text of droppedAnnotations) {
      finalHeight += 16;
      shapes.push({ t: "text", x: 0, y: finalHeight - 4, text, size: TEXT.label, anchor: "start", fill: "var(--threshold)", role: "annotation" });
    }
    const allNoData = positioned.filter((item) => item.shape === "nodata" && item.mark.label).length;
    if (noDataLabels.length === allNoData) shapes.push(...noDataLabels);
    else droppedLabels.push(...positioned.filter((item) => item.shape === "nodata" && item.mark.label && !droppedLabels.includes(item.mark.id)).map((item) => item.mark.id));
    return { scene: { width, height: finalHeight, shapes }, droppedLabels, droppedAnnotations, thresholdFallback };
  };

  const first = attempt(24);
  if (!first.thresholdFallback || first.scene.shapes.some((shape) => shape.t === "text" && shape.role === "threshold")) return first;
  // The threshold label needs a header line of its own.
  return attempt(40);
};

/** The rows chart: one row per category (country, criterion), bars or intervals or points along a value axis. */
/** The frame of a rows chart at a width: label column, room for value labels, header and row heights (the live chart uses it too). */
export const rowsFrame = (d: RowsChart, width: number, face: FontFace = "inter") => {
  const rowLabelStyle = (emphasis?: boolean): TextStyle => ({ size: TEXT.label, weight: emphasis ? 700 : 400, face });
  const labelWidth = Math.max(0, ...d.rows.map((row) => textWidth(row.label, rowLabelStyle(row.emphasis))));
  const side = labelWidth + 10 <= width * 0.4;
  const labelColumn = side ? Math.ceil(labelWidth + 10) : 0;
  const valueLabels = d.marks.filter((mark) => mark.label && mark.value).map((mark) => textWidth(mark.label!, valueStyle(face, mark.emphasis)));
  const right = Math.ceil(Math.max(14, ...valueLabels.map((w) => w + 10)));
  const header = d.threshold ? 22 : 6;
  const rowHeight = side ? 30 : 46;
  const barOffset = side ? 8 : 22;
  const barHeight = 14;
  const bottom = header + d.rows.length * rowHeight;
  return { side, labelColumn, right, header, rowHeight, barOffset, barHeight, bottom, height: bottom + 24 };
};

const layoutRows = (d: RowsChart, width: number, face: FontFace): Layout => {
  const format = d.valueAxis.format ?? String;
  const { side, labelColumn, right, header, rowHeight, barOffset, barHeight, bottom, height } = rowsFrame(d, width, face);
  const x = scaleLinear().domain([0, d.valueAxis.max]).range([labelColumn + 4, width - right]);
  const shapes: Shape[] = [];
  // With the names above the bars, grid lines run only beside the bars, so no line crosses a name.
  const spans: Array<[number, number]> = side ? [[header - 2, bottom]] : d.rows.map((_, index) => [header + index * rowHeight + barOffset - 4, header + index * rowHeight + barOffset + barHeight + 4]);
  if (spans.length) spans[spans.length - 1] = [spans[spans.length - 1][0], bottom];
  for (const tick of d.valueAxis.ticks) {
    for (const [y1, y2] of spans) shapes.push({ t: "line", x1: r1(x(tick)), x2: r1(x(tick)), y1, y2, paint: { stroke: "var(--line)", strokeWidth: 1 } });
    shapes.push({ t: "text", x: r1(x(tick)), y: bottom + 17, text: format(tick), size: TEXT.tick, anchor: "middle", fill: "var(--muted)", role: "tick" });
  }
  for (const [y1, y2] of spans) shapes.push({ t: "line", x1: r1(x(0)), x2: r1(x(0)), y1, y2, paint: { stroke: "var(--ink)", strokeWidth: 1 } });
  const rowTop = new Map(d.rows.map((row, index) => [row.key, header + index * rowHeight]));
  const positioned: Positioned[] = [];
  for (const row of d.rows) {
    const top = rowTop.get(row.key)!;
    shapes.push({ t: "text", x: side ? labelColumn - 8 : 0, y: side ? top + barOffset + 11 : top + 14, text: row.label, size: TEXT.label, weight: row.emphasis ? 700 : 400, anchor: side ? "end" : "start", fill: "var(--ink)", role: "label", halo: !side });
  }
  for (const mark of d.marks) {
    const top = (rowTop.get(mark.row ?? "") ?? header) + barOffset;
    const cy = top + barHeight / 2;
    const kind = kindOfMark(mark);
    const shape = drawnShape(mark, d.series);
    const value = mark.value;
    if (shape === "nodata" || !value) {
      const cx = x(0) + 6;
      positioned.push({ mark, kind: "nodata", shape: "nodata", box: { x: cx - 5.5, y: cy - 5.5, w: 11, h: 11 }, cx, cy, shapes: noDataShapes(r1(cx), r1(cy)) });
    } else if (shape === "interval") {
      const x0 = x(value.min);
      const x1 = x(value.max);
      positioned.push({ mark, kind, shape, box: { x: x0 - 1.5, y: top, w: x1 - x0 + 3, h: barHeight }, cx: x1, cy, shapes: intervalShapes(kind, "horizontal", r1(x0), r1(top + 2), r1(x1 - x0), barHeight - 4) });
    } else if (shape === "point") {
      const cx = x(value.min);
      positioned.push({ mark, kind, shape, box: { x: cx - 6, y: cy - 6, w: 12, h: 12 }, cx, cy, shapes: pointShapes(kind, r1(cx), r1(cy), 5, mark.hollow) });
    } else {
      const x1 = x(value.min);
      const w = Math.max(x1 - x(0), 2);
      positioned.push({ mark, kind, shape, box: { x: x(0), y: top, w, h: barHeight }, cx: x(0) + w, cy, shapes: areaShapes(kind, r1(x(0)), r1(top), r1(w), barHeight) });
    }
  }
  for (const link of d.links ?? []) {
    const a = positioned.find((item) => item.mark.id === link.from);
    const b = positioned.find((item) => item.mark.id === link.to);
    if (a && b) shapes.push({ t: "line", x1: r1(a.cx), x2: r1(b.cx), y1: r1(a.cy), y2: r1(b.cy), paint: { stroke: link.emphasis ? "var(--accent)" : "var(--muted)", strokeWidth: 2 } });
  }
  const layer = (item: Positioned) => (item.shape === "interval" ? 1 : item.shape === "point" ? 2 : 0);
  for (const item of [...positioned].sort((a, b) => layer(a) - layer(b))) shapes.push(markGroup(item));

  const placer = new LabelPlacer({ x: 0, y: 0, w: width, h: bottom + 1 }, positioned.map((item) => item.box));
  if (d.threshold) {
    const tx = x(d.threshold.value);
    shapes.push({ t: "line", x1: r1(tx), x2: r1(tx), y1: header - 6, y2: bottom, paint: thresholdPaint });
    const style: TextStyle = { size: TEXT.label, weight: 700, face };
    const spot = placer.place(d.threshold.label, style, [{ x: tx + 5, y: header - 8, anchor: "start" }, { x: tx - 5, y: header - 8, anchor: "end" }, { x: width, y: header - 8, anchor: "end" }]);
    if (spot) shapes.push(labelText(d.threshold.label, spot, style, "var(--threshold)", "threshold"));
  }
  // One value label per row, right of the row's rightmost mark; no data says so beside its marker.
  const droppedLabels: string[] = [];
  for (const row of d.rows) {
    const items = positioned.filter((item) => item.mark.row === row.key);
    const labelled = items.filter((item) => item.mark.label).sort((a, b) => (b.mark.priority ?? 0) - (a.mark.priority ?? 0));
    const rightEdge = Math.max(...items.map((item) => item.box.x + item.box.w));
    for (const item of labelled) {
      const noData = item.shape === "nodata";
      const style = noData ? plainStyle(face) : valueStyle(face, item.mark.emphasis);
      const spot = placer.place(item.mark.label!, style, [{ x: rightEdge + 5, y: item.cy + 4.5, anchor: "start" }], items.map((other) => other.box));
      if (spot) shapes.push(labelText(item.mark.label!, spot, style, noData ? "var(--muted)" : "var(--ink)", "label", noData));
      else droppedLabels.push(item.mark.id);
    }
  }
  return { scene: { width, height, shapes }, droppedLabels, droppedAnnotations: [] };
};

/** Lays a chart out at one width (a width class, or the download's width) with fixed text sizes. */
export const layoutChart = (description: ChartDescription, width: number, face: FontFace = "inter"): Layout =>
  description.type === "time" ? layoutTime(description, width, face) : layoutRows(description, width, face);
