import { partialDateSchema } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import { describeValue, jsonPath, type DataProblem } from "./problems";

/** The first day a date can mean ("2026" → "2026-01-01"): a record is "after" a day only if all of it is. */
const firstDay = (date: string) => `${date}-01-01`.slice(0, 10);
const isAfter = (date: string, day: string) => firstDay(date) > day;

/**
 * Nothing in a release is dated after the release itself (its id is its date): no assessment, unless it is a
 * projection (a forecast may be about the future); no timeline event, unless it reports such a projection; no
 * source, survey round, index edition, rating, adopted law or peer figure. A law may come into force later and a
 * rule version may be announced ahead: those dates are not checked here.
 */
export const releaseDateProblems = (data: Dataset): DataProblem[] => {
  const problems: DataProblem[] = [];
  const release = data.release.id;
  if (!partialDateSchema.safeParse(release).success) {
    return [{ file: "release.json", path: "$.id", expected: "a real calendar date from 1900 to 2100 (the release's date)", found: describeValue(release) }];
  }
  const late = (file: string, path: PropertyKey[], date: string | number | null, what: string) => {
    if (date === null) return;
    const text = String(date);
    if (isAfter(text, release)) problems.push({ file, path: jsonPath(path), expected: `a date on or before the release date ${release} (${what})`, found: describeValue(date) });
  };

  late("release.json", ["researchedOn"], data.release.researchedOn, "research comes before publication");
  late("release.json", ["publishedOn"], data.release.publishedOn, "the release is published on its date");
  const projections = new Set(data.assessments.filter((assessment) => assessment.status === "projection").map((assessment) => assessment.id));
  data.assessments.forEach((assessment, index) => {
    if (assessment.status === "projection") return;
    if (isAfter(assessment.date, release)) {
      problems.push({ file: "assessments.json", path: jsonPath([index, "date"]), expected: `a date on or before the release date ${release} (only a projection may be dated later)`, found: `${describeValue(assessment.date)} with status "${assessment.status}"` });
    }
  });
  data.timeline.forEach((event, index) => {
    if (event.assessmentId && projections.has(event.assessmentId)) return;
    late("timeline.json", [index, "date"], event.date, "a timeline event has happened; only one reporting a projection may be dated later");
  });
  data.sources.forEach((source, index) => late("sources.json", [index, "date"], source.date, "a source cannot be newer than the release that cites it"));
  data.inputs.openBudgetSurvey.forEach((round, index) => late("inputs.json", ["openBudgetSurvey", index, "round"], round.round, "a survey round already published"));
  data.inputs.democracyIndex.forEach((edition, index) => late("inputs.json", ["democracyIndex", index, "year"], edition.year, "an index edition already published"));
  data.inputs.rtiRating.forEach((rating, index) => late("inputs.json", ["rtiRating", index, "date"], rating.date, "a rating already published"));
  data.inputs.laws.forEach((law, index) => late("inputs.json", ["laws", index, "adopted"], law.adopted, "a law already adopted; its entry into force may be later"));
  data.peers.eligibility.forEach((entry, index) => late("peers.json", ["eligibility", index, "date"], entry.date, "a figure already published"));
  data.peers.openBudgetSurvey.forEach((round, index) => late("peers.json", ["openBudgetSurvey", index, "round"], round.round, "a survey round already published"));
  return problems;
};
