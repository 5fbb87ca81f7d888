import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import type { ChartDescription, Mark, TimeChart } from "@/lib/charts/description";
import { describeScoreHistory } from "@/lib/charts/describe/score-history";
import { exportScene } from "@/lib/charts/export-layout";
import { layoutChart, PHONE_WIDTH } from "@/lib/charts/layout";
import { legendEntries } from "@/lib/charts/legend";
import type { Scene, Shape } from "@/lib/charts/scene";
import { textBox, overlaps, type Box } from "@/lib/charts/text";
import { partialDateSpan, periodSpan } from "@/lib/charts/time";
import { widthClasses, widthClassFor } from "@/lib/charts/width-classes";
import { loadDataset } from "@/lib/data/read-dataset";
import { describeAllCharts } from "@/lib/export/chart-registry";
import { locales, type Locale } from "@/lib/schemas/common";
import { syntheticComputedYears } from "./synthetic-computed";

const dataset = loadDataset();
const translate = (locale: Locale) => {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};

type PlacedText = Extract<Shape, { t: "text" }> & { box: Box };
const textsOf = (shapes: ReadonlyArray<Shape>, dx = 0, dy = 0): PlacedText[] =>
  shapes.flatMap((shape) =>
    shape.t === "text"
      ? [{ ...shape, box: textBox(shape.text, shape.x + dx, shape.y + dy, shape.anchor, { size: shape.size, weight: shape.weight }) }]
      : shape.t === "g"
        ? textsOf(shape.children, dx + (shape.x ?? 0), dy + (shape.y ?? 0))
        : [],
  );
const marksOf = (shapes: ReadonlyArray<Shape>): Array<Record<string, string>> => shapes.flatMap((shape) => (shape.t === "g" ? [...(shape.data?.mark ? [shape.data] : []), ...marksOf(shape.children)] : []));

/** What a reader would notice: text under 12 px, two texts on top of each other, text cut at the edge. */
const problems = (scene: Scene) => {
  const texts = textsOf(scene.shapes);
  const found: string[] = [];
  for (const text of texts) {
    if (text.size < 12) found.push(`"${text.text}" at ${text.size} px`);
    if (text.box.x < -0.5 || text.box.x + text.box.w > scene.width + 0.5) found.push(`"${text.text}" runs off the side`);
  }
  for (const [i, a] of texts.entries()) for (const b of texts.slice(i + 1)) if (overlaps(a.box, b.box, -1)) found.push(`"${a.text}" overlaps "${b.text}"`);
  return found;
};

const allDescriptions = (locale: Locale): ChartDescription[] => [
  ...describeAllCharts(dataset, { locale, t: translate(locale) }),
  describeScoreHistory({ assessments: dataset.assessments, rules: dataset.rules, computed: syntheticComputedYears }, { locale, t: translate(locale) }),
];

describe("every chart × width class × language (and the score history with a 15-year computed series)", () => {
  for (const locale of locales) {
    for (const description of allDescriptions(locale)) {
      it(`${locale} ${description.id}${description.marks.some((mark) => mark.status === "computed") ? " + computed" : ""}: text ≥ 12 px, no overlaps, every mark drawn once, threshold labelled once`, () => {
        for (const widthClass of widthClasses) {
          const { scene } = layoutChart(description, widthClass.width);
          expect(problems(scene), `${widthClass.id}`).toEqual([]);
          expect(marksOf(scene.shapes).map((mark) => mark.mark).sort()).toEqual(description.marks.map((mark) => mark.id).sort());
          const thresholds = textsOf(scene.shapes).filter((text) => text.role === "threshold");
          expect(thresholds).toHaveLength(description.threshold ? 1 : 0);
        }
        const exported = exportScene(description, ["Source: A", "Data as of B"]);
        expect(problems(exported)).toEqual([]);
        expect(textsOf(exported.shapes).filter((text) => text.role === "legend").map((text) => text.text)).toEqual(legendEntries(description).map((entry) => entry.label));
      });
    }
  }
});

describe("honest geometry", () => {
  const en = translate("en");
  const history = describeScoreHistory({ assessments: dataset.assessments, rules: dataset.rules, computed: syntheticComputedYears }, { locale: "en", t: en });
  const { scene } = layoutChart(history, 620);
  const group = (id: string) => {
    const find = (shapes: ReadonlyArray<Shape>): Extract<Shape, { t: "g" }> | undefined => {
      for (const shape of shapes) {
        if (shape.t !== "g") continue;
        if (shape.data?.mark === id) return shape;
        const inner = find(shape.children);
        if (inner) return inner;
      }
      return undefined;
    };
    return find(scene.shapes)!;
  };
  const yearLabelX = (year: number) => (textsOf(scene.shapes).find((text) => text.role === "tick" && text.text === String(year)) ?? { x: NaN }).x;

  it("a partial date covers its whole period; periods run from the start of one to the end of the other", () => {
    expect(partialDateSpan("2015")).toEqual({ start: 2015, end: 2016 });
    expect(partialDateSpan("2017-12").end).toBe(2018);
    expect(partialDateSpan("2017-11").start).toBeCloseTo(2017 + 304 / 365, 5);
    expect(periodSpan({ from: "2018", to: "2019" })).toEqual({ start: 2018, end: 2020 });
  });
  it("time is a time axis: 2016 → 2018 (with 11/2017 and 12/2017 between) is as wide as 2018 → 2020", () => {
    expect(yearLabelX(2018) - yearLabelX(2016)).toBeGreaterThan(0);
    expect(yearLabelX(2018) - yearLabelX(2016)).toBeCloseTo(yearLabelX(2020) - yearLabelX(2018), 0);
  });
  it("the projection is drawn over the period it is about (2018–2019), not at the date it was said", () => {
    const projection = group("vn-projection-10");
    const rect = projection.children.find((shape) => shape.t === "rect") as Extract<Shape, { t: "rect" }>;
    expect(projection.data?.shape).toBe("span");
    const yearWidth = (yearLabelX(2020) - yearLabelX(2018)) / 2;
    const start2018 = yearLabelX(2018) - yearWidth / 2;
    expect(rect.x).toBeCloseTo(start2018, -1);
    expect(rect.x + rect.w).toBeCloseTo(start2018 + 2 * yearWidth, -1);
  });
  it("a range is an interval with end caps, never a bar from zero", () => {
    const range = group("vn-2017-11");
    expect(range.data).toMatchObject({ shape: "interval", min: "4", max: "12" });
    expect(range.children.filter((shape) => shape.t === "line")).toHaveLength(2);
  });
  it("no data is a marker on the baseline, never a shape with height", () => {
    const criterion = describeAllCharts(dataset, { locale: "en", t: en }).find((chart) => chart.id === "history-assetDisclosure")!;
    const laid = layoutChart(criterion, 340).scene;
    const noData = marksOf(laid.shapes).filter((mark) => mark.status === "nodata");
    expect(noData.length).toBeGreaterThan(0);
    const rects = (shapes: ReadonlyArray<Shape>): number => shapes.reduce((sum, shape) => sum + (shape.t === "rect" ? 1 : shape.t === "g" && shape.data?.status === "nodata" ? rects(shape.children) : 0), 0);
    expect(rects(laid.shapes.filter((shape) => shape.t === "g" && shape.data?.status === "nodata"))).toBe(0);
  });
  it("draws every computed country at one data year on one scale, and lists the ones OGP cannot judge under it", () => {
    const compare = describeAllCharts(dataset, { locale: "en", t: en }).find((chart) => chart.id === "compare-eligibility")!;
    const computed = compare.marks.filter((mark) => mark.series === "computed");
    expect(new Set(computed.map((mark) => mark.date))).toEqual(new Set(["2025"]));
    expect(computed.every((mark) => mark.value !== null && mark.outOf === 100)).toBe(true);
    // Vietnam and every ASEAN member OGP can judge are rows; Brunei (neither index covers it) is a line of text.
    expect(compare.type === "rows" && compare.rows.map((row) => row.key)).toEqual(expect.arrayContaining(["VN", "ID", "PH", "TH", "MY", "KH", "MM", "TL", "SG", "LA"]));
    expect(compare.type === "rows" && compare.rows.find((row) => row.key === "VN")?.emphasis).toBe(true);
    expect(compare.notes.join(" ")).toContain("Brunei");
    // Countries scored only for calibration are not drawn.
    expect(compare.type === "rows" && compare.rows.some((row) => row.key === "TN")).toBe(false);
    expect(compare.threshold?.value).toBe(75);
  });
  it("the gap to the bar is written on the newest figure, except in the phone layout", () => {
    for (const widthClass of widthClasses) {
      const texts = textsOf(layoutChart(history, widthClass.width).scene.shapes).filter((text) => text.role === "annotation").map((text) => text.text);
      expect(texts, widthClass.id).toEqual(widthClass.width < PHONE_WIDTH ? [] : ["at the bar"]);
    }
  });
  it("the phone layout labels only the latest estimate and the last published figure, with the bar", () => {
    const latest = history.marks.filter((mark) => mark.series === "computed").at(-1)!;
    const lastPublished = history.marks.filter((mark) => mark.series === "published" && mark.value !== null).at(-1)!;
    for (const widthClass of widthClasses) {
      const texts = textsOf(layoutChart(history, widthClass.width).scene.shapes);
      const labels = texts.filter((text) => text.role === "label").map((text) => text.text);
      expect(texts.some((text) => text.role === "threshold"), widthClass.id).toBe(true);
      if (widthClass.width < PHONE_WIDTH) expect(labels.sort(), widthClass.id).toEqual([latest.label, lastPublished.label].sort());
      else expect(labels.length, widthClass.id).toBeGreaterThan(2);
    }
  });
  it("picks the width class a container shows", () => {
    expect(widthClassFor(262).id).toBe("xs");
    expect(widthClassFor(302).id).toBe("xs");
    expect(widthClassFor(358).id).toBe("sm");
    expect(widthClassFor(958).id).toBe("xl");
  });
});

describe("property: any time series lays out without overlapping or shrinking text", () => {
  const en = translate("en");
  const base = describeScoreHistory({ assessments: dataset.assessments, rules: dataset.rules }, { locale: "en", t: en });
  const dateArb = fc.tuple(fc.integer({ min: 2006, max: 2025 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 })).map(([year, month, day]) =>
    month === 0 ? String(year) : day === 0 ? `${year}-${String(month).padStart(2, "0")}` : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );
  const markArb = fc.record({
    date: dateArb,
    min: fc.integer({ min: 0, max: 16 }),
    spread: fc.integer({ min: 0, max: 8 }),
    status: fc.constantFrom("reported", "derived", "computed", "projection", "nodata" as const),
    labelled: fc.boolean(),
  });
  it("holds for 150 random series at random widths", () => {
    fc.assert(
      fc.property(fc.array(markArb, { minLength: 1, maxLength: 20 }), fc.integer({ min: 260, max: 960 }), (items, width) => {
        const marks: Mark[] = items.map((item, index) => {
          const value = item.status === "nodata" ? null : { min: item.min, max: Math.min(16, item.min + item.spread) };
          return { id: `m${index}`, series: item.status === "projection" ? "projection" : "published", status: item.status, period: { from: item.date, to: item.date }, value, label: item.labelled ? (value ? `${value.min}–${value.max}` : "no data") : null, valueText: "", name: "", date: item.date, outOf: 16, sources: [] };
        });
        const description: TimeChart = { ...base, marks, annotations: [{ type: "gap", mark: "m0", to: 12, text: "4 points short" }] };
        const { scene } = layoutChart(description, width);
        expect(problems(scene)).toEqual([]);
        expect(marksOf(scene.shapes)).toHaveLength(marks.length);
      }),
      { numRuns: 150, seed: 12 },
    );
  });
});
