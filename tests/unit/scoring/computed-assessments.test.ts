import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { computedDataset, computedTables } from "@/lib/export/computed-dataset";
import { applyReforms } from "@/lib/scoring/apply-reforms";
import { calibrateReadings, readingTable } from "@/lib/scoring/calibrate-readings";
import { computedAsAssessment, computedHistory, computeYear } from "@/lib/scoring/computed-assessments";
import { countryInputs } from "@/lib/scoring/country-inputs";
import { lawAssumptionSets, lawUnknowns, outcomesOf, outcomeTotal, scoreCombination } from "@/lib/scoring/eligibility-engine";
import { boundByComputed, resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { peersComputed } from "@/lib/scoring/peer-computed";
import { publishedFigures } from "@/lib/scoring/published-figures";
import { ruleVersionFor, ruleVersionForDataYear } from "@/lib/scoring/rule-version-at";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import { computedAssessments, vietnamToday } from "@/lib/scoring/vietnam-today";
import { computedDatasetSchema } from "@/lib/schemas/computed";
import type { Dataset } from "@/lib/schemas/dataset";

const data = loadDataset();
const calibration = calibrateReadings(data);
const rows = readingTable(calibration);
const survives = (id: string) => rows.find((row) => row.reading.id === id)!.survives;

describe("readings tested against the published figures", () => {
  it("rules out the readings a published figure contradicts, and says which figure", () => {
    const late = rows.find((row) => row.reading.id === "late-earns-full")!;
    // November 2017: fiscal transparency 0, yet the audit report was published late.
    expect(late.perFigure[calibration.figures.findIndex((figure) => figure.id === "vn-2017-11")]).toBe("contradicts");
    expect(survives("late-earns-full")).toBe(false);
    expect(survives("law-counts-when-in-force")).toBe(false);
    // Georgia 2014 had citizen engagement 3 with a civil-liberties score near 6: proportional points give 2.
    expect(rows.find((row) => row.reading.id === "proportional-rounded")!.perFigure[calibration.figures.findIndex((figure) => figure.id === "ge-2014")]).toBe("contradicts");
    expect(survives("proportional-rounded")).toBe(false);
    expect(survives("fifths")).toBe(false);
  });
  it("keeps every reading no figure can tell apart", () => {
    for (const id of ["quarters-at-or-above", "quarters-above", "late-earns-nothing", "law-counts-when-adopted", "workplace-does-not-count", "cutoff-end-of-june"]) expect(survives(id)).toBe(true);
    expect(calibration.conflict).toBe(false);
  });
  it("rules out 'workplace publication counts' with end-2017: Decree 78/2013 required workplace publication, which would give 10/16, not 8", () => {
    const workplace = rows.find((row) => row.reading.id === "workplace-counts")!;
    expect(workplace.perFigure[calibration.figures.findIndex((figure) => figure.id === "vn-2017-end")]).toBe("contradicts");
    expect(survives("workplace-counts")).toBe(false);
  });
  it("tests the readings on every published outcome we hold, of all four kinds (22 today)", () => {
    const kinds = new Set(calibration.figures.map((figure) => figure.kind));
    expect([...kinds].sort()).toEqual(["at-least-75", "below-75", "criterion-points", "total"]);
    expect(calibration.figures.length).toBeGreaterThanOrEqual(22);
  });
  it("computes every OGP member eligible (or possibly so) in the update before it joined, and every country named below the bar as below (or possibly so)", () => {
    const sided = calibration.figures.filter((figure) => figure.usedAsTest && figure.side);
    expect(sided.length).toBeGreaterThanOrEqual(10);
    for (const figure of sided) {
      const year = computeYear(data, calibration, figure.country, figure.dataYear)!;
      const ruledOut = figure.side === "at-least-75" ? ["below-threshold", "not-enough-data"] : ["eligible"];
      expect([figure.id, ruledOut.includes(year.eligibility)]).toEqual([figure.id, false]);
    }
  });
  it("never lets a figure that rests only on the project's starting document rule a reading out", () => {
    const seed = calibration.figures.find((figure) => figure.id === "vn-2015")!;
    expect(seed.usedAsTest).toBe(false);
    expect(publishedFigures(data).filter((figure) => figure.usedAsTest).map((figure) => figure.id)).toEqual(expect.arrayContaining(["vn-2016", "vn-2017-11", "vn-2017-end", "vn-2019-02", "ge-2014", "my-2014", "tl-2014", "lb-2020"]));
  });
  it("reproduces every figure it keeps, for every country and year (the computed range contains what was published)", () => {
    for (const figure of calibration.figures.filter((candidate) => candidate.usedAsTest)) {
      const year = computeYear(data, calibration, figure.country, figure.dataYear)!;
      if (figure.total !== null) expect([figure.id, year.total.min <= figure.total && figure.total <= year.total.max]).toEqual([figure.id, true]);
      for (const [criterion, points] of Object.entries(figure.criteria)) expect(year.criteria[criterion as keyof typeof year.criteria].possible).toContain(points);
    }
  });
});

describe("Vietnam by data year", () => {
  const history = computedHistory(data);
  it("computes every data year the release covers, under the rule version of that year", () => {
    expect(history.map((year) => year.dataYear)).toEqual(Array.from({ length: 15 }, (_, index) => 2011 + index));
    expect(history.find((year) => year.dataYear === 2014)?.ruleVersion).toBe("2014");
    expect(history.find((year) => year.dataYear === 2025)?.ruleVersion).toBe("2023");
  });
  it("pins down 2016–2019 at the published 8/16 (fiscal 0, access 4, assets 2, citizen engagement 2)", () => {
    for (const year of history.filter((candidate) => candidate.dataYear >= 2016 && candidate.dataYear <= 2019)) {
      expect(year.total).toEqual({ min: 8, max: 8 });
      expect(year.rangeBecause).toEqual({ questions: [], missingInputs: [] });
    }
  });
  it("says why the latest year is a range: only the missing 2023 survey statuses of the two budget documents", () => {
    const latest = history.at(-1)!;
    expect(latest.total).toEqual({ min: 8, max: 12 });
    expect(latest.rangeBecause).toEqual({ questions: [], missingInputs: ["obs-document-status"] });
    expect(latest.criteria.assetDisclosure.possible).toEqual([2]);
    expect(latest.eligibility).toBe("unknown");
  });
  it("never puts 0 where an input is missing: unknown inputs keep every value the rules allow", () => {
    const early = history[0];
    expect(early.criteria.assetDisclosure.possible).toEqual([0, 1, 2, 3, 4]);
    expect(early.criteria.assetDisclosure.missingInputs).toContain("asset-scale");
  });
  it("is the same shape the API publishes (the zod schema accepts it) and flattens to one CSV row per year", () => {
    const dataset = computedDatasetSchema.parse(computedDataset(data));
    expect(dataset.years).toHaveLength(history.length);
    const [years, readings] = computedTables(dataset);
    expect(years.records).toHaveLength(history.length);
    expect(readings.records).toHaveLength(rows.length);
  });
});

describe("where Vietnam stands today", () => {
  const today = vietnamToday(data);
  it("pairs the last published figure (Feb 2019) with the computed estimate for the latest data year", () => {
    expect(today.lastPublished?.id).toBe("vn-2019-02");
    expect(today.latest?.computed.dataYear).toBe(data.release.computed?.toDataYear);
    expect(today.latest?.assessment.status).toBe("computed");
  });
  it("scores the computed assessment like any other: its range is the engine's, and reforms move it", () => {
    const { assessment, computed } = today.latest!;
    const rule = ruleVersionFor(data.rules, assessment)!;
    expect(scoreAssessment(assessment, rule).range).toEqual(computed.total);
    const both = data.reforms.filter((reform) => reform.criterion === "fiscalTransparency");
    const scenario = applyReforms(assessment, both, { id: "x", label: assessment.label, rule });
    expect(scenario.score.range.min).toBeGreaterThanOrEqual(12);
  });
  it("starts the simulator from the latest computed year", () => {
    const setup = simulatorSetup(data);
    expect(setup.defaultBase).toBe(today.latest?.assessment.id);
    expect(setup.bases.find((base) => base.assessment.id === setup.defaultBase)?.assessment.outcomes?.length).toBeGreaterThan(0);
  });
  it("bounds the 2015 projection by the rules: the access-to-information law cannot add 4 points with a draft and Article 25 in place", () => {
    const named = data.scenarios.find((scenario) => scenario.id === "projection-10-of-16")!;
    const resolved = resolveNamedScenario(named, { ...data, computed: computedAssessments(data) });
    expect(resolved.scenario.score.range.max).toBeLessThan(10);
    const unbounded = resolveNamedScenario(named, data);
    expect(unbounded.scenario.score.range.max).toBe(10);
    const base = data.assessments.find((assessment) => assessment.id === "vn-2015")!;
    expect(boundByComputed(base, undefined)).toBe(base);
  });
  it("says a shortest path is unreachable when no set of reforms reaches the bar from the start", () => {
    const named = data.scenarios.find((scenario) => scenario.selection.kind === "shortest-path")!;
    const resolved = resolveNamedScenario({ ...named, base: "vn-2019-02" }, { ...data, reforms: [], computed: computedAssessments(data) });
    expect(resolved.unreachable).toBe(true);
    expect(resolved.scenario.score.eligibility).toBe("below-threshold");
  });
});

describe("peers computed the same way", () => {
  const peers = peersComputed(data, 2025);
  it("scores citizen engagement from each peer's EIU score and leaves unsourced criteria as no data", () => {
    const philippines = peers.find((peer) => peer.country === "PH")!;
    expect(philippines.sourced).toContain("citizenEngagement");
    // Malaysia: no national access-to-information law or draft before 2025 in our sources, and no asset law at all.
    const malaysia = peers.find((peer) => peer.country === "MY")!;
    expect(malaysia.sourced).not.toContain("assetDisclosure");
    expect(malaysia.computed.criteria.assetDisclosure.possible).toEqual([0, 2, 4]);
    // Brunei: neither index covers it (not measured), and no legal text is sourced.
    expect(peers.find((peer) => peer.country === "BN")?.sourced).toEqual(["fiscalTransparency", "citizenEngagement"]);
  });
});

describe("the computed range always holds a figure the rules could have produced (property)", () => {
  // Any outcome of any combination of readings, published as a data year's total, survives calibration with that
  // combination and lies inside the computed range of that year.
  const inputs = countryInputs(data, "VN");
  it("holds for random years, readings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2014, max: 2025 }), fc.nat(), fc.nat(), fc.nat(), (dataYear, combinationSeed, assumptionSeed, outcomeSeed) => {
        const combination = calibration.combinations[combinationSeed % calibration.combinations.length];
        const assumptionSets = lawAssumptionSets(lawUnknowns(inputs));
        const assumptions = assumptionSets[assumptionSeed % assumptionSets.length];
        const rule = ruleVersionForDataYear(data.rules, dataYear)!;
        const outcomes = outcomesOf(scoreCombination(inputs, dataYear, rule, combination, assumptions));
        const total = outcomeTotal(outcomes[outcomeSeed % outcomes.length]);
        const figure = { id: "fig", label: { vi: "x", en: "x" }, date: String(dataYear), status: "reported" as const, attribution: { vi: "x", en: "x" }, summary: { vi: "x", en: "x" },
          dataYear: { year: dataYear }, criteria: Object.fromEntries(["fiscalTransparency", "accessToInformation", "assetDisclosure", "citizenEngagement"].map((criterion) => [criterion, { points: null, basis: "unknown" as const, sources: [] }])) as never,
          total: { points: total, outOf: 16 as const, basis: "reported" as const, sources: ["congluan-2019"] }, valuesCheck: { result: "unknown" as const, note: { vi: "x", en: "x" }, sources: [] }, sources: ["congluan-2019"] };
        const synthetic: Dataset = { ...data, assessments: [figure], peers: { ...data.peers, eligibility: [] } };
        const own = calibrateReadings(synthetic);
        const index = own.combinations.findIndex((candidate) => candidate.readings.every((chosen, q) => chosen.reading.id === combination.readings[q].reading.id));
        const year = computeYear(synthetic, own, "VN", dataYear)!;
        return own.surviving.includes(index) && year.total.min <= total && total <= year.total.max;
      }),
      { numRuns: 25 },
    );
  });
  it("keeps every combination, and says so, when no reading can give a published figure", () => {
    const impossible: Dataset = { ...data, assessments: data.assessments.map((assessment) => (assessment.id === "vn-2019-02" ? { ...assessment, total: { ...assessment.total!, points: 9 } } : assessment)) };
    const own = calibrateReadings(impossible);
    expect(own.conflict).toBe(true);
    expect(own.surviving).toHaveLength(own.combinations.length);
    expect(computeYear(impossible, own, "VN", 2025)?.conflict).toBe(true);
    expect(readingTable(own).every((row) => !row.survives && !row.ruledOutJointly)).toBe(true);
    expect(computedAsAssessment(computeYear(impossible, own, "VN", 2012)!, impossible).valuesCheck.result).toBe("not-applicable");
  });
});

describe("Open Budget Survey documents and fiscal points", () => {
  const combination = calibration.combinations[calibration.surviving[0]];
  const rule = ruleVersionForDataYear(data.rules, 2025)!;
  const statuses = ["published", "published-late", "not-published-on-time", "internal-only", "not-produced", "hard-copy-only", null] as const;
  const fiscal = (ebp: (typeof statuses)[number], ar: (typeof statuses)[number], round: number) => {
    const inputs = { country: "XX", obsRounds: [{ country: "XX", round, released: `${round}-01-01`, transparency: null, participation: null, legislativeOversight: null, auditOversight: null, oversight: null, rank: null, executiveBudgetProposal: ebp, auditReport: ar, sources: ["x"] }], eiuEditions: [], laws: [] };
    return scoreCombination(inputs, 2025, rule, combination).criteria.fiscalTransparency.possible as number[];
  };
  it("never gives fewer points when a document goes from any status to published (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...statuses), fc.constantFrom(2012, 2015, 2017, 2019, 2023), (ebp, ar, round) => {
        const before = fiscal(ebp, ar, round);
        const after = fiscal("published", ar, round);
        expect(Math.min(...after)).toBeGreaterThanOrEqual(Math.min(...before));
        expect(Math.max(...after)).toBeGreaterThanOrEqual(Math.max(...before));
      }),
    );
  });
  it("counts a hard-copy-only document before OBS 2017 and not from 2017, when OBS changed its rule", () => {
    expect(fiscal("hard-copy-only", "published", 2015)).toEqual([4]);
    expect(fiscal("hard-copy-only", "published", 2017)).toEqual([2]);
  });
  it("does not measure fiscal transparency for a country the survey never covered (Brunei, Laos, Singapore: out of 12)", () => {
    for (const code of ["BN", "LA", "SG"]) {
      const year = computeYear(data, calibration, code, 2025)!;
      expect(year.criteria.fiscalTransparency.possible).toEqual([null]);
      expect(year.applicable.max).toBeLessThanOrEqual(12);
    }
    // Brunei is in neither the survey nor the EIU index: two criteria at most, so OGP cannot judge it.
    expect(computeYear(data, calibration, "BN", 2025)!.eligibility).toBe("not-enough-data");
  });
  it("computes every ASEAN member and Timor-Leste for every data year 2011–2025, in the API", () => {
    const api = computedDatasetSchema.parse(computedDataset(data));
    for (const code of ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]) {
      expect(api.countries.find((entry) => entry.country === code)?.years.map((year) => year.dataYear)).toEqual(Array.from({ length: 15 }, (_, index) => 2011 + index));
    }
  });
});
