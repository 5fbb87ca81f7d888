import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { both, earliestDay, latestDay, not, onOrBefore, possibleTruths } from "@/lib/scoring/date-bounds";
import {
  civilLibertiesPoints,
  cutoffDay,
  judgeFigure,
  lawAssumptionSets,
  lawUnknowns,
  lawUnknownsIn,
  outcomesOf,
  outcomeTotal,
  restrictAssumptions,
  scoreCombination,
  type CountryInputs,
  type PublishedFigure,
} from "@/lib/scoring/eligibility-engine";
import { combinationKey, readingCombinations, type ReadingCombination } from "@/lib/scoring/reading-combinations";
import { ruleVersionForDataYear } from "@/lib/scoring/rule-version-at";
import type { DocumentStatus, Law, OpenBudgetSurveyRound } from "@/lib/schemas/inputs";

const data = loadDataset();
const combinations = readingCombinations(data.questions);
const rule2023 = ruleVersionForDataYear(data.rules, 2025)!;
const rule2011 = ruleVersionForDataYear(data.rules, 2012)!;

/** The first combination whose readings match every given parameter (e.g. { lateDocument: { points: 0 } }). */
const pick = (wanted: Partial<Record<keyof ReadingCombination, Record<string, unknown>>>): ReadingCombination => {
  const found = combinations.find((combination) =>
    Object.entries(wanted).every(([key, value]) => Object.entries(value!).every(([name, expected]) => JSON.stringify((combination[key as keyof ReadingCombination] as Record<string, unknown>)[name]) === JSON.stringify(expected))),
  );
  if (!found) throw new Error(`no combination with ${JSON.stringify(wanted)}`);
  return found;
};
const quarters = { civilLiberties: { kind: "civil-liberties-bands", bands: data.questions.find((q) => q.id === "civil-liberties-bands")!.readings[0].parameters.kind === "civil-liberties-bands" ? (data.questions.find((q) => q.id === "civil-liberties-bands")!.readings[0].parameters as { bands: unknown }).bands : [] } };

const round = (year: number, released: string, proposal: DocumentStatus, audit: DocumentStatus): OpenBudgetSurveyRound => ({
  country: "XX", round: year, released, transparency: 50, participation: null, legislativeOversight: null, auditOversight: null, oversight: null, rank: null,
  executiveBudgetProposal: proposal, auditReport: audit, sources: ["s"],
});
const law = (id: string, effect: Law["effect"], adopted: string, extra: Partial<Law> = {}): Law => ({
  id, country: "XX", criterion: effect?.element === "asset-declarations" ? "assetDisclosure" : "accessToInformation",
  instrument: effect?.element === "ati-constitution" ? "constitution" : effect?.element === "ati-draft" ? "draft-law" : "law",
  title: { vi: id, en: id }, number: null, adopted, inForce: null, until: null, effect, summary: { vi: id, en: id }, sources: ["s"], ...extra,
});
// A complete list of legal texts (as for Vietnam): a year none applies scores 0. The incomplete case has its own test.
const inputs = (parts: Partial<CountryInputs> = {}): CountryInputs => ({ country: "XX", obsRounds: [], eiuEditions: [], laws: [], lawHistoryComplete: true, ...parts });
const edition = (year: number, published: string | null, civilLiberties: number | null) => ({ country: "XX", year, published, overall: 5, civilLiberties, sources: ["s"], civilLibertiesSources: civilLiberties === null ? [] : ["s"] });

describe("partial dates against a cut-off day", () => {
  it("is yes, no or maybe by the span of days a partial date stands for", () => {
    expect(earliestDay("2016")).toBe("2016-01-01");
    expect(latestDay("2016-02")).toBe("2016-02-29");
    expect(onOrBefore("2016-04-06", "2016-06-30")).toBe("yes");
    expect(onOrBefore("2016-07", "2016-06-30")).toBe("no");
    expect(onOrBefore("2016", "2016-06-30")).toBe("maybe");
    expect(both("yes", "maybe")).toBe("maybe");
    expect(both("maybe", "no")).toBe("no");
    expect(not("maybe")).toBe("maybe");
    expect(possibleTruths("maybe")).toEqual([true, false]);
  });
  it("puts OGP's update at the reading's cut-off day of the data year", () => {
    expect(cutoffDay(2017, pick({ updateCutoff: { monthDay: "06-30" } }))).toBe("2017-06-30");
    expect(cutoffDay(2017, pick({ updateCutoff: { monthDay: "03-31" } }))).toBe("2017-03-31");
  });
});

describe("fiscal transparency from the Open Budget Survey", () => {
  const june = pick({ updateCutoff: { monthDay: "06-30" }, lateDocument: { points: 0 } });
  const score = (rounds: OpenBudgetSurveyRound[], combination = june, year = 2020) =>
    scoreCombination(inputs({ obsRounds: rounds }), year, rule2023, combination).criteria.fiscalTransparency.possible.filter((points): points is number => points !== null);
  it("gives 2 points per document published, 0 for one produced for internal use", () => {
    expect(score([round(2019, "2020-04", "published", "published")])).toEqual([4]);
    expect(score([round(2019, "2020-04", "internal-only", "published")])).toEqual([2]);
  });
  it("gives a late document what the reading says: nothing, or its 2 points", () => {
    expect(score([round(2019, "2020-04", "published", "published-late")])).toEqual([2]);
    expect(score([round(2019, "2020-04", "published", "published-late")], pick({ updateCutoff: { monthDay: "06-30" }, lateDocument: { points: 2 } }))).toEqual([4]);
  });
  it("uses only a round released by the update, and both rounds when the release may have come after it", () => {
    const rounds = [round(2017, "2018-01", "internal-only", "internal-only"), round(2019, "2020", "published", "published")];
    expect(score(rounds, june, 2019)).toEqual([0]);
    expect(score(rounds, june, 2021)).toEqual([4]);
    expect(score(rounds, june, 2020)).toEqual([0, 4]);
  });
  it("leaves an unknown document status open (0 or 2 for it), and a country with no round released yet fully open", () => {
    expect(score([round(2023, "2024-05", null, null)], june, 2025)).toEqual([0, 2, 4]);
    expect(score([round(2023, "2024-05", "published", null)], june, 2025)).toEqual([2, 4]);
    expect(score([], june, 2025)).toEqual([0, 2, 4]);
  });
  it("never loses points when a document moves to 'published' (property)", () => {
    const status = fc.constantFrom<DocumentStatus>("published", "published-late", "not-published-on-time", "internal-only", "not-produced", null);
    fc.assert(
      fc.property(status, status, fc.constantFrom(...combinations), fc.boolean(), (proposal, audit, combination, changeProposal) => {
        const before = score([round(2019, "2019-01", proposal, audit)], combination);
        const after = score([round(2019, "2019-01", changeProposal ? "published" : proposal, changeProposal ? audit : "published")], combination);
        return Math.min(...after) >= Math.min(...before) && Math.max(...after) >= Math.max(...before);
      }),
      { numRuns: 300 },
    );
  });
});

describe("access to information from laws, constitutions and drafts", () => {
  const adopted = pick({ atiLaw: { stage: "adopted" }, atiPartialConstitution: { counts: true }, atiConstitutionAndDraft: { points: 3 } });
  const atiOf = (laws: Law[], combination: ReadingCombination, year = 2017) =>
    scoreCombination(inputs({ laws }), year, rule2023, combination).criteria.accessToInformation.possible.filter((points): points is number => points !== null);
  it("gives 4 for a law, 3 for a constitutional guarantee, 1 for a draft, 0 for none", () => {
    expect(atiOf([law("l", { element: "ati-law" }, "2010")], adopted)).toEqual([4]);
    expect(atiOf([law("c", { element: "ati-constitution", explicit: "full" }, "2010")], adopted)).toEqual([3]);
    expect(atiOf([law("d", { element: "ati-draft" }, "2010")], adopted)).toEqual([1]);
    expect(atiOf([law("old", { element: "ati-draft" }, "2000", { until: "2005" })], adopted)).toEqual([0]);
  });
  it("leaves a year before a country's first listed text unknown (not 0) when its list of texts may be incomplete", () => {
    // The only text we list lapsed in 2005: for a country whose list is complete that is 0; otherwise unknown.
    const laws = [law("old", { element: "ati-draft" }, "2000", { until: "2005" })];
    const incomplete = scoreCombination(inputs({ laws, lawHistoryComplete: false }), 2017, rule2023, adopted).criteria.accessToInformation;
    expect(incomplete.possible).toEqual([0, 1, 3, 4]);
    expect(incomplete.evidence).toEqual([{ kind: "missing", what: "ati-facts" }]);
    expect(atiOf(laws, adopted)).toEqual([0]);
  });
  it("gives a constitution with a draft what the reading says (3 or 4)", () => {
    const laws = [law("c", { element: "ati-constitution", explicit: "full" }, "2010"), law("d", { element: "ati-draft" }, "2012")];
    expect(atiOf(laws, adopted)).toEqual([3]);
    expect(atiOf(laws, pick({ atiConstitutionAndDraft: { points: 4 } }))).toEqual([4]);
  });
  it("counts a partly explicit clause only under the reading that it counts, and leaves an unjudged one open", () => {
    const partial = [law("c", { element: "ati-constitution", explicit: "partial" }, "2010")];
    expect(atiOf(partial, pick({ atiPartialConstitution: { counts: false } }))).toEqual([0]);
    const unjudged = [law("c", { element: "ati-constitution", explicit: "unknown" }, "2010")];
    expect(atiOf(unjudged, pick({ atiPartialConstitution: { counts: false } }))).toEqual([0, 3]);
  });
  it("counts a law from adoption or from entry into force, as the reading says", () => {
    const vietnam = [law("l", { element: "ati-law" }, "2016-04-06", { inForce: "2018-07-01" })];
    expect(atiOf(vietnam, pick({ atiLaw: { stage: "adopted" } }))).toEqual([4]);
    expect(atiOf(vietnam, pick({ atiLaw: { stage: "in-force" } }))).toEqual([0]);
  });
  it("never scores a law below a draft (property)", () => {
    const facts = fc.record({ constitution: fc.constantFrom<"none" | "full" | "partial" | "unknown">("none", "full", "partial", "unknown"), draft: fc.boolean() });
    fc.assert(
      fc.property(facts, fc.constantFrom(...combinations), ({ constitution, draft }, combination) => {
        const base = [
          ...(constitution === "none" ? [] : [law("c", { element: "ati-constitution", explicit: constitution }, "2010")]),
          ...(draft ? [law("d", { element: "ati-draft" }, "2011")] : []),
        ];
        const withDraft = atiOf([...base, law("d2", { element: "ati-draft" }, "2011")], combination);
        const withLaw = atiOf([...base, law("l", { element: "ati-law" }, "2011")], combination);
        return Math.min(...withLaw) >= Math.max(...withDraft);
      }),
      { numRuns: 200 },
    );
  });
  it("says there are no facts, and leaves every value open, for a country with no access-to-information text", () => {
    const result = scoreCombination(inputs(), 2017, rule2023, adopted).criteria.accessToInformation;
    expect(result.possible).toEqual([0, 1, 3, 4]);
    expect(result.evidence).toEqual([{ kind: "missing", what: "ati-facts" }]);
  });
});

describe("asset disclosure", () => {
  const counts = pick({ assetWorkplace: { counts: true } });
  const doesNot = pick({ assetWorkplace: { counts: false } });
  const adOf = (laws: Law[], combination: ReadingCombination, rule = rule2023) => scoreCombination(inputs({ laws }), 2020, rule, combination).criteria.assetDisclosure.possible;
  it("gives 0 with no law, 2 for a law, 4 for a law with public access", () => {
    expect(adOf([law("decree", { element: "asset-declarations", publicAccess: "public" }, "2010", { instrument: "decree" })], doesNot)).toEqual([0]);
    expect(adOf([law("l", { element: "asset-declarations", publicAccess: "none" }, "2010")], doesNot)).toEqual([2]);
    expect(adOf([law("l", { element: "asset-declarations", publicAccess: "public" }, "2010")], doesNot)).toEqual([4]);
  });
  it("counts posting at the workplace as public access only under that reading", () => {
    const laws = [law("l", { element: "asset-declarations", publicAccess: "workplace" }, "2010")];
    expect(adOf(laws, counts)).toEqual([4]);
    expect(adOf(laws, doesNot)).toEqual([2]);
  });
  it("leaves access open where our sources do not say, unless a settling of that legal fact is assumed", () => {
    const laws = [law("l", { element: "asset-declarations", publicAccess: "unknown" }, "2010")];
    expect(adOf(laws, doesNot)).toEqual([2, 4]);
    const [unknown] = lawUnknowns({ laws });
    expect(unknown).toEqual({ law: "l", fact: "publicAccess", values: ["none", "workplace", "public"] });
    expect(lawAssumptionSets([unknown])).toHaveLength(3);
    expect(scoreCombination(inputs({ laws }), 2020, rule2023, doesNot, { l: { publicAccess: "none" } }).criteria.assetDisclosure.possible).toEqual([2]);
  });
  it("keeps only the legal facts of texts that applied in a year", () => {
    const laws = [law("old", { element: "asset-declarations", publicAccess: "unknown" }, "2005", { until: "2012" }), law("new", { element: "asset-declarations", publicAccess: "unknown" }, "2019")];
    const unknowns = lawUnknowns({ laws });
    expect(lawUnknownsIn(unknowns, { laws }, 2011).map((unknown) => unknown.law)).toEqual(["old"]);
    expect(lawUnknownsIn(unknowns, { laws }, 2015)).toEqual([]);
    expect(restrictAssumptions({ old: { publicAccess: "none" }, new: { publicAccess: "public" } }, lawUnknownsIn(unknowns, { laws }, 2020))).toEqual({ new: { publicAccess: "public" } });
  });
  it("takes any value before the 2014 revision, whose scale OGP never published", () => {
    expect(adOf([law("l", { element: "asset-declarations", publicAccess: "none" }, "2005")], doesNot, rule2011)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("citizen engagement from the EIU civil-liberties score", () => {
  it("maps scores to points under each band reading", () => {
    const bands = (id: string) => data.questions.flatMap((q) => q.readings).find((reading) => reading.id === id)!.parameters as ReadingCombination["civilLiberties"];
    expect([7.5, 5, 2.65, 2.35, 0].map((score) => civilLibertiesPoints(score, bands("quarters-at-or-above")))).toEqual([4, 3, 2, 1, 0]);
    expect([7.5, 5.0, 2.5].map((score) => civilLibertiesPoints(score, bands("quarters-above")))).toEqual([3, 2, 1]);
    expect([5.88, 2.94, 10].map((score) => civilLibertiesPoints(score, bands("proportional-rounded")))).toEqual([2, 1, 4]);
    expect([5.88, 4.71].map((score) => civilLibertiesPoints(score, bands("proportional-floor")))).toEqual([2, 1]);
  });
  it("uses the edition out by the update; an edition without a known date is open until the end of the next year", () => {
    const editions = [edition(2015, "2016-01", 2.94), edition(2016, "2017-01", 2.35)];
    const score = (year: number) => scoreCombination(inputs({ eiuEditions: editions }), year, rule2023, pick(quarters)).criteria.citizenEngagement.possible;
    expect(score(2016)).toEqual([2]);
    expect(score(2017)).toEqual([1]);
    const undated = [edition(2012, null, 2.94), edition(2011, null, 1.47)];
    expect(scoreCombination(inputs({ eiuEditions: undated }), 2013, rule2023, pick(quarters)).criteria.citizenEngagement.possible).toEqual([1, 2]);
  });
  it("leaves a missing score fully open", () => {
    expect(scoreCombination(inputs({ eiuEditions: [edition(2015, "2016-01", null)] }), 2016, rule2023, pick(quarters)).criteria.citizenEngagement.possible).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("a combination against a published figure", () => {
  const result = { criteria: { fiscalTransparency: { possible: [0], evidence: [] }, accessToInformation: { possible: [4], evidence: [] }, assetDisclosure: { possible: [2, 4], evidence: [] }, citizenEngagement: { possible: [2], evidence: [] } } };
  const figure = (parts: Partial<PublishedFigure>): PublishedFigure => ({ id: "f", country: "XX", dataYear: 2017, total: null, outOf: null, criteria: {}, ...parts });
  it("reproduces, fits or contradicts", () => {
    expect(outcomesOf(result).map(outcomeTotal)).toEqual([8, 10]);
    expect(judgeFigure(result, figure({ total: 8, outOf: 16 }))).toBe("consistent");
    expect(judgeFigure(result, figure({ total: 9 }))).toBe("contradicts");
    expect(judgeFigure(result, figure({ criteria: { fiscalTransparency: 0, accessToInformation: 4 } }))).toBe("reproduces");
    expect(judgeFigure(result, figure({ total: 8, criteria: { assetDisclosure: 4 } }))).toBe("contradicts");
    expect(judgeFigure(result, figure({ outOf: 12 }))).toBe("contradicts");
  });
  it("names each combination by its readings, in question order", () => {
    expect(combinationKey(combinations[0]).split("|")).toHaveLength(data.questions.length);
    expect(new Set(combinations.map(combinationKey)).size).toBe(combinations.length);
  });
  it("refuses to run without a question the engine needs", () => {
    expect(() => readingCombinations(data.questions.filter((question) => question.id !== "civil-liberties-bands"))).toThrow(/civil-liberties-bands/);
  });
});
