import type { Dataset } from "../schemas/dataset";
import type { Reading, ReadingQuestion } from "../schemas/rules";
import { countryInputs } from "./country-inputs";
import { judgeFigure, lawAssumptionSets, lawUnknowns, lawUnknownsIn, restrictAssumptions, scoreCombination, type LawAssumptions, type Verdict } from "./eligibility-engine";
import { ruleVersionForDataYear } from "./rule-version-at";
import { publishedFigures, type CalibrationFigure } from "./published-figures";
import { readingCombinations, type ReadingCombination } from "./reading-combinations";

export type Calibration = {
  questions: ReadonlyArray<ReadingQuestion>;
  combinations: ReadonlyArray<ReadingCombination>;
  figures: ReadonlyArray<CalibrationFigure>;
  /** verdicts[c][f]: combination c against figure f (the best it does under any settling of unknown legal facts). */
  verdicts: ReadonlyArray<ReadonlyArray<Verdict>>;
  /**
   * Per combination, per country with figures: the settlings of that country's unknown legal facts under which the
   * combination reproduces every figure of the country (figures of every year test the same legal facts).
   */
  consistentAssumptions: ReadonlyArray<ReadonlyMap<string, ReadonlyArray<LawAssumptions>>>;
  /** Indices of the combinations no figure used as a test contradicts. */
  surviving: ReadonlyArray<number>;
  /**
   * True when every combination contradicts some figure: the candidate readings cannot explain what was published.
   * The engine then keeps every combination (a wider range), and pages say so.
   */
  conflict: boolean;
};

type Data = Pick<Dataset, "questions" | "rules" | "assessments" | "peers" | "sources" | "inputs">;

const cache = new WeakMap<object, Calibration>();

/** Scores every combination of readings against every published figure; pure, and computed once per dataset. */
export const calibrateReadings = (data: Data): Calibration => {
  const cached = cache.get(data);
  if (cached) return cached;
  const combinations = readingCombinations(data.questions);
  const figures = publishedFigures(data);
  const countries = [...new Set(figures.map((figure) => figure.country))];
  const inputsByCountry = new Map(countries.map((country) => [country, countryInputs(data, country)]));
  const assumptionsByCountry = new Map(countries.map((country) => [country, lawAssumptionSets(lawUnknowns(inputsByCountry.get(country)!))]));
  // A figure only depends on the legal facts of texts that applied in its year: verdicts are memoised on those.
  const relevantUnknowns = figures.map((figure) => {
    const inputs = inputsByCountry.get(figure.country)!;
    return lawUnknownsIn(lawUnknowns(inputs), inputs, figure.dataYear);
  });
  const memo = new Map<string, Verdict>();
  const verdictsUnder = (combinationIndex: number, assumptions: LawAssumptions, figureIndex: number): Verdict => {
    const figure = figures[figureIndex];
    const relevant = restrictAssumptions(assumptions, relevantUnknowns[figureIndex]);
    const key = `${combinationIndex}|${figureIndex}|${JSON.stringify(relevant)}`;
    const known = memo.get(key);
    if (known) return known;
    const rule = ruleVersionForDataYear(data.rules, figure.dataYear);
    const verdict = rule ? judgeFigure(scoreCombination(inputsByCountry.get(figure.country)!, figure.dataYear, rule, combinations[combinationIndex], relevant), figure) : "consistent";
    memo.set(key, verdict);
    return verdict;
  };
  const rank: Record<Verdict, number> = { reproduces: 2, consistent: 1, contradicts: 0 };
  const verdicts: Verdict[][] = [];
  const consistentAssumptions: Array<Map<string, LawAssumptions[]>> = [];
  combinations.forEach((_, c) => {
    const perFigure = new Map<number, Verdict[]>(); // figure → verdict under each assumption set of its country
    const consistent = new Map<string, LawAssumptions[]>();
    for (const country of countries) {
      const sets = assumptionsByCountry.get(country)!;
      const own = figures.map((figure, f) => ({ figure, f })).filter(({ figure }) => figure.country === country);
      const table = sets.map((set) => own.map(({ f }) => verdictsUnder(c, set, f)));
      own.forEach(({ f }, k) => perFigure.set(f, table.map((row) => row[k])));
      consistent.set(country, sets.filter((_, s) => own.every(({ figure }, k) => !figure.usedAsTest || table[s][k] !== "contradicts")));
    }
    verdicts.push(figures.map((_, f) => (Object.keys(rank) as Verdict[]).find((verdict) => rank[verdict] === Math.max(...perFigure.get(f)!.map((v) => rank[v])))!));
    consistentAssumptions.push(consistent);
  });
  const survivors = combinations.map((_, index) => index).filter((index) => countries.every((country) => consistentAssumptions[index].get(country)!.length > 0));
  const conflict = survivors.length === 0;
  const calibration: Calibration = {
    questions: data.questions,
    combinations,
    figures,
    verdicts,
    consistentAssumptions: conflict ? combinations.map(() => new Map(countries.map((country) => [country, assumptionsByCountry.get(country)!]))) : consistentAssumptions,
    surviving: conflict ? combinations.map((_, index) => index) : survivors,
    conflict,
  };
  cache.set(data, calibration);
  return calibration;
};

export type ReadingRow = {
  question: ReadingQuestion;
  reading: Reading;
  /** Per figure, the best any combination with this reading does: reproduces, consistent, or contradicts. */
  perFigure: ReadonlyArray<Verdict>;
  /** Some combination with this reading survives every test. */
  survives: boolean;
  /** It is ruled out only in combination: no single figure contradicts it, but every combination with it fails one. */
  ruledOutJointly: boolean;
};

const rank: Record<Verdict, number> = { reproduces: 2, consistent: 1, contradicts: 0 };

/** The methodology table: each candidate reading, what it does with each published figure, and whether it survives. */
export const readingTable = (calibration: Calibration): ReadingRow[] => {
  const surviving = new Set(calibration.surviving);
  return calibration.questions.flatMap((question) =>
    question.readings.map((reading) => {
      const withReading = calibration.combinations.map((combination, index) => ({ combination, index })).filter(({ combination }) => combination.readings.some((chosen) => chosen.reading.id === reading.id));
      const perFigure = calibration.figures.map((_, f) => {
        const best = Math.max(...withReading.map(({ index }) => rank[calibration.verdicts[index][f]]));
        return (Object.keys(rank) as Verdict[]).find((verdict) => rank[verdict] === best)!;
      });
      const survives = !calibration.conflict && withReading.some(({ index }) => surviving.has(index));
      const singleFigure = calibration.figures.some((figure, f) => figure.usedAsTest && perFigure[f] === "contradicts");
      return { question, reading, perFigure, survives, ruledOutJointly: !survives && !calibration.conflict && !singleFigure };
    }),
  );
};
