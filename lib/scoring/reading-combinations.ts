import type { Reading, ReadingParameters, ReadingQuestion } from "../schemas/rules";
import { readingQuestionKind } from "../schemas/rules";

/** The questions the engine needs answered, one each (data/rules.json → questions). */
export const engineQuestionKinds = [
  "update-cutoff",
  "late-document-points",
  "ati-law-counts-from",
  "ati-constitution-and-draft",
  "ati-partial-constitution",
  "asset-workplace-access",
  "civil-liberties-bands",
] as const;
export type EngineQuestionKind = (typeof engineQuestionKinds)[number];

type ParametersOf<K extends ReadingParameters["kind"]> = Extract<ReadingParameters, { kind: K }>;

/** One answer to every open question: the engine scores a country-year under it. */
export type ReadingCombination = {
  /** The chosen reading per question id, in the order of the questions. */
  readings: ReadonlyArray<{ question: string; reading: Reading }>;
  updateCutoff: ParametersOf<"update-cutoff">;
  lateDocument: ParametersOf<"late-document-points">;
  atiLaw: ParametersOf<"ati-law-counts-from">;
  atiConstitutionAndDraft: ParametersOf<"ati-constitution-and-draft">;
  atiPartialConstitution: ParametersOf<"ati-partial-constitution">;
  assetWorkplace: ParametersOf<"asset-workplace-access">;
  civilLiberties: ParametersOf<"civil-liberties-bands"> | ParametersOf<"civil-liberties-proportional">;
};

/** A stable key for a combination: the reading ids in question order. */
export const combinationKey = (combination: Pick<ReadingCombination, "readings">) => combination.readings.map(({ reading }) => reading.id).join("|");

const pickKind = <K extends ReadingParameters["kind"]>(readings: ReadonlyArray<Reading>, ...kinds: K[]) => {
  const found = readings.find((reading) => (kinds as ReadonlyArray<string>).includes(reading.parameters.kind));
  if (!found) throw new Error(`reading combination: no reading of kind ${kinds.join(" or ")}`);
  return found.parameters as ParametersOf<K>;
};

/**
 * Every way of answering the open questions: one reading per question (the cartesian product). Throws when a
 * question the engine needs is missing; the data check reports that first, with the file and path.
 */
export const readingCombinations = (questions: ReadonlyArray<ReadingQuestion>): ReadingCombination[] => {
  for (const kind of engineQuestionKinds) {
    if (!questions.some((question) => readingQuestionKind(question.readings[0].parameters.kind) === kind)) {
      throw new Error(`readingCombinations: no question with readings of kind "${kind}"`);
    }
  }
  let partial: Array<Array<{ question: string; reading: Reading }>> = [[]];
  for (const question of questions) {
    partial = partial.flatMap((chosen) => question.readings.map((reading) => [...chosen, { question: question.id, reading }]));
  }
  return partial.map((readings) => {
    const list = readings.map(({ reading }) => reading);
    return {
      readings,
      updateCutoff: pickKind(list, "update-cutoff"),
      lateDocument: pickKind(list, "late-document-points"),
      atiLaw: pickKind(list, "ati-law-counts-from"),
      atiConstitutionAndDraft: pickKind(list, "ati-constitution-and-draft"),
      atiPartialConstitution: pickKind(list, "ati-partial-constitution"),
      assetWorkplace: pickKind(list, "asset-workplace-access"),
      civilLiberties: pickKind(list, "civil-liberties-bands", "civil-liberties-proportional"),
    };
  });
};
