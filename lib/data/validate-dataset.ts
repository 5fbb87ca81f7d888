import type { z } from "zod";
import { criterionIds, type CriterionId } from "../schemas/common";
import { datasetFileNames, datasetFileSchemas, type Dataset, type DatasetFileName } from "../schemas/dataset";
import { readingQuestionKind } from "../schemas/rules";
import { engineQuestionKinds } from "../scoring/reading-combinations";
import { ruleVersionAt } from "../scoring/rule-version-at";
import { textProblems } from "./json-text-checks";
import { migrateToCurrent } from "./migrations";
import { describeValue, jsonPath, problemsFromZod, type DataProblem } from "./problems";
import { releaseDateProblems } from "./release-date-checks";

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

const sourceListKeys = new Set(["sources", "ruleSources", "progressSources"]);

/** Every list of source ids anywhere in a file, with its JSON path. */
function* sourceReferences(node: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; id: unknown }> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* sourceReferences(child, [...path, index]);
  } else if (node !== null && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) {
      if (sourceListKeys.has(key) && Array.isArray(child)) {
        for (const [index, id] of child.entries()) yield { path: [...path, key, index], id };
      } else {
        yield* sourceReferences(child, [...path, key]);
      }
    }
  }
}

const duplicateIds = <T>(file: string, items: T[], idOf: (item: T) => string, basePath: PropertyKey[] = []): DataProblem[] => {
  const seen = new Map<string, number>();
  return items.flatMap((item, index) => {
    const id = idOf(item);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return [];
    }
    return [{ file, path: jsonPath([...basePath, index, "id"]), expected: `a unique id (already used at ${jsonPath([...basePath, first])})`, found: JSON.stringify(id) }];
  });
};

const crossFileProblems = (raw: Record<DatasetFileName, unknown>, data: Dataset): DataProblem[] => {
  const problems: DataProblem[] = [];
  const sourceIds = new Set(data.sources.map((source) => source.id));

  problems.push(
    ...duplicateIds("sources.json", data.sources, (s) => s.id),
    ...duplicateIds("rules.json", data.rules, (r) => r.id, ["versions"]),
    ...duplicateIds("rules.json", data.questions, (q) => q.id, ["questions"]),
    ...duplicateIds("assessments.json", data.assessments, (a) => a.id),
    ...duplicateIds("timeline.json", data.timeline, (e) => e.id),
    ...duplicateIds("reforms.json", data.reforms, (r) => r.id),
    ...duplicateIds("inputs.json", data.inputs.laws, (l) => l.id, ["laws"]),
    ...duplicateIds("peers.json", data.peers.countries, (c) => c.code, ["countries"]).map((p) => ({ ...p, path: p.path.replace(/\.id$/, ".code") })),
  );

  for (const file of datasetFileNames) {
    if (file === "sources.json") continue;
    for (const reference of sourceReferences(raw[file])) {
      if (typeof reference.id === "string" && !sourceIds.has(reference.id)) {
        problems.push({ file, path: jsonPath(reference.path), expected: "a source id listed in data/sources.json", found: JSON.stringify(reference.id) });
      }
    }
  }

  data.rules.forEach((rule, index) => {
    const previous = data.rules[index - 1];
    if (!previous) return;
    if (rule.inForceFrom <= previous.inForceFrom) {
      problems.push({ file: "rules.json", path: jsonPath(["versions", index, "inForceFrom"]), expected: `a date after ${previous.inForceFrom} (versions in order)`, found: JSON.stringify(rule.inForceFrom) });
    }
    if (rule.firstDataYear <= previous.firstDataYear) {
      problems.push({ file: "rules.json", path: jsonPath(["versions", index, "firstDataYear"]), expected: `a year after ${previous.firstDataYear} (versions in order)`, found: String(rule.firstDataYear) });
    }
  });

  const checkPoints = (file: string, date: string, points: number | null, path: PropertyKey[], criterion: CriterionId) => {
    if (points === null) return;
    const rule = ruleVersionAt(data.rules, date);
    if (!rule) {
      problems.push({ file, path: jsonPath(path), expected: `a date on or after the first rule version (${data.rules[0]?.inForceFrom})`, found: JSON.stringify(date) });
      return;
    }
    const allowed = rule.criteria[criterion].allowedPoints;
    if (allowed && !allowed.includes(points)) {
      problems.push({ file, path: jsonPath(path), expected: `one of ${allowed.join(", ")} for rules ${rule.id}`, found: String(points) });
    }
  };

  // Computed assessments come out of lib/scoring at build time; a computed value written into data/ by hand would
  // pass itself off as the engine's result.
  const handWritten = "no computed values (the eligibility engine computes them at build time from inputs and rules)";
  data.assessments.forEach((assessment, index) => {
    if (assessment.status === "computed") problems.push({ file: "assessments.json", path: jsonPath([index, "status"]), expected: handWritten, found: '"computed"' });
    if (assessment.outcomes) problems.push({ file: "assessments.json", path: jsonPath([index, "outcomes"]), expected: handWritten, found: describeValue(assessment.outcomes) });
    for (const criterion of criterionIds) {
      const score = assessment.criteria[criterion];
      if (score.basis === "computed") problems.push({ file: "assessments.json", path: jsonPath([index, "criteria", criterion, "basis"]), expected: handWritten, found: '"computed"' });
      else if (score.possible) problems.push({ file: "assessments.json", path: jsonPath([index, "criteria", criterion, "possible"]), expected: handWritten, found: describeValue(score.possible) });
    }
  });

  // The engine needs one question per kind of reading (a release from before the engine has none at all).
  if (data.questions.length > 0) {
    const kindsAsked = data.questions.map((question) => readingQuestionKind(question.readings[0].parameters.kind));
    for (const kind of engineQuestionKinds) {
      const count = kindsAsked.filter((asked) => asked === kind).length;
      if (count !== 1) problems.push({ file: "rules.json", path: "$.questions", expected: `exactly one question with readings of kind "${kind}"`, found: String(count) });
    }
    const readingIds = data.questions.flatMap((question) => question.readings.map((reading) => reading.id));
    readingIds.forEach((id, index) => {
      if (readingIds.indexOf(id) !== index) problems.push({ file: "rules.json", path: "$.questions", expected: "reading ids unique across questions", found: JSON.stringify(id) });
    });
  }

  data.assessments.forEach((assessment, index) => {
    let known = 0;
    let unknown = 0;
    let measured = 0;
    for (const criterion of criterionIds) {
      const score = assessment.criteria[criterion];
      checkPoints("assessments.json", assessment.date, score.points, [index, "criteria", criterion, "points"], criterion);
      if (score.basis !== "not-measured") measured += 1;
      if (score.points !== null) known += score.points;
      else if (score.basis === "unknown") unknown += 1;
    }
    const total = assessment.total;
    if (!total) return;
    if (total.outOf !== measured * 4) {
      problems.push({ file: "assessments.json", path: jsonPath([index, "total", "outOf"]), expected: `${measured * 4} (4 × ${measured} measured criteria)`, found: String(total.outOf) });
    }
    if (unknown === 0 && total.points !== known) {
      problems.push({ file: "assessments.json", path: jsonPath([index, "total", "points"]), expected: `${known} (the sum of the criteria)`, found: String(total.points) });
    } else if (unknown > 0 && (total.points < known || total.points > known + 4 * unknown)) {
      problems.push({ file: "assessments.json", path: jsonPath([index, "total", "points"]), expected: `between ${known} and ${known + 4 * unknown} (known criteria plus at most 4 per unknown one)`, found: String(total.points) });
    }
  });

  const countryCodes = new Set(data.peers.countries.map((country) => country.code));
  data.peers.eligibility.forEach((entry, index) => {
    if (!countryCodes.has(entry.country)) problems.push({ file: "peers.json", path: jsonPath(["eligibility", index, "country"]), expected: "a country listed in $.countries", found: JSON.stringify(entry.country) });
    for (const criterion of criterionIds) checkPoints("peers.json", entry.date, entry[criterion], ["eligibility", index, criterion], criterion);
    const parts = criterionIds.map((criterion) => entry[criterion]);
    if (entry.total !== null && parts.every((part) => part !== null)) {
      const sum = parts.reduce<number>((acc, part) => acc + (part ?? 0), 0);
      if (sum !== entry.total) problems.push({ file: "peers.json", path: jsonPath(["eligibility", index, "total"]), expected: `${sum} (the sum of the criteria)`, found: String(entry.total) });
    }
  });
  [...data.inputs.openBudgetSurvey.map((r, i) => ({ file: "inputs.json", path: ["openBudgetSurvey", i, "country"], code: r.country })),
   ...data.peers.openBudgetSurvey.map((r, i) => ({ file: "peers.json", path: ["openBudgetSurvey", i, "country"], code: r.country }))]
    .filter((entry) => !countryCodes.has(entry.code))
    .forEach((entry) => problems.push({ file: entry.file, path: jsonPath(entry.path), expected: "a country listed in peers.json $.countries", found: JSON.stringify(entry.code) }));

  const assessmentIds = new Set(data.assessments.map((assessment) => assessment.id));
  data.timeline.forEach((event, index) => {
    if (event.assessmentId && !assessmentIds.has(event.assessmentId)) {
      problems.push({ file: "timeline.json", path: jsonPath([index, "assessmentId"]), expected: "an assessment id listed in data/assessments.json", found: describeValue(event.assessmentId) });
    }
  });

  problems.push(...duplicateIds("scenarios.json", data.scenarios, (s) => s.id));
  const reformIds = new Set(data.reforms.map((reform) => reform.id));
  // A scenario may also start from a computed year: "computed-<country>-<year>" for a year the release computes.
  const span = data.release.computed;
  const computedIds = new Set(span ? Array.from({ length: span.toDataYear - span.fromDataYear + 1 }, (_, offset) => `computed-${span.country.toLowerCase()}-${span.fromDataYear + offset}`) : []);
  data.scenarios.forEach((scenario, index) => {
    const base = data.assessments.find((assessment) => assessment.id === scenario.base);
    if (!base && computedIds.has(scenario.base)) {
      // a computed year: always an estimate from observed inputs, never a projection
    } else if (!base) {
      problems.push({ file: "scenarios.json", path: jsonPath([index, "base"]), expected: `an assessment id listed in data/assessments.json${span ? ` or a computed year (computed-${span.country.toLowerCase()}-${span.fromDataYear} … computed-${span.country.toLowerCase()}-${span.toDataYear})` : ""}`, found: describeValue(scenario.base) });
    } else if (base.status === "scenario" || base.status === "projection") {
      problems.push({ file: "scenarios.json", path: jsonPath([index, "base"]), expected: "an observed assessment (not a projection or scenario)", found: describeValue(scenario.base) });
    }
    if (scenario.selection.kind === "reforms") {
      const seen = new Set<string>();
      scenario.selection.reforms.forEach((id, reformIndex) => {
        const path = jsonPath([index, "selection", "reforms", reformIndex]);
        if (!reformIds.has(id)) problems.push({ file: "scenarios.json", path, expected: "a reform id listed in data/reforms.json", found: describeValue(id) });
        else if (seen.has(id)) problems.push({ file: "scenarios.json", path, expected: "each reform once", found: describeValue(id) });
        seen.add(id);
      });
    }
  });
  problems.push(...releaseDateProblems(data));
  return problems;
};

/** Validates every file and the links between them; lists every problem, not just the first. */
export const validateDataset = (input: Record<DatasetFileName, unknown>): DatasetValidation => {
  // A frozen release written for an older schema is first brought up to date (lib/data/migrations.ts).
  const raw = migrateToCurrent(input);
  const problems: DataProblem[] = [];
  const parsed: Partial<Record<DatasetFileName, unknown>> = {};
  for (const file of datasetFileNames) {
    const schema: z.ZodType = datasetFileSchemas[file];
    const result = schema.safeParse(raw[file]);
    const schemaProblems = result.success ? [] : problemsFromZod(file, raw[file], result.error);
    if (result.success) parsed[file] = result.data;
    // Blank text, invisible or bidi-control characters and oversized values, anywhere in the file (json-text-checks.ts);
    // where the schema already named a value (e.g. "a Vietnamese text"), its more specific words are kept.
    problems.push(...schemaProblems, ...textProblems(file, raw[file]).filter((text) => !schemaProblems.some((problem) => problem.path === text.path)));
  }
  if (problems.length > 0) return { ok: false, problems };
  const dataset = {
    release: parsed["release.json"],
    sources: parsed["sources.json"],
    rules: (parsed["rules.json"] as { versions: Dataset["rules"] }).versions,
    questions: (parsed["rules.json"] as { questions: Dataset["questions"] }).questions,
    assessments: parsed["assessments.json"],
    inputs: parsed["inputs.json"],
    timeline: parsed["timeline.json"],
    reforms: parsed["reforms.json"],
    peers: parsed["peers.json"],
    scenarios: parsed["scenarios.json"],
  } as Dataset;
  const crossProblems = crossFileProblems(raw, dataset);
  return crossProblems.length > 0 ? { ok: false, problems: crossProblems } : { ok: true, dataset };
};

export class DataValidationError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(`The data in data/ is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - data/${p.file} → ${p.path}: expected ${p.expected}, found ${p.found}`).join("\n")}`);
    this.name = "DataValidationError";
  }
}
