// The eligibility engine: OGP's rules applied to sourced public inputs, for any country and data year.
//
// OGP scores every country once a year from the index editions then published, and keeps parts of its method
// unpublished. Each unpublished part is a question in data/rules.json with candidate readings; the engine scores
// every combination of readings, tests each against every figure OGP (or a credible source) published, keeps the
// combinations no figure contradicts, and reports what they allow: a set of points per criterion and a range for
// the total. Inputs our sources do not give (an unknown document status, a missing score) widen the sets too;
// nothing is guessed.
import { criterionIds, type CriterionId } from "../schemas/common";
import type { InputEvidence } from "../schemas/computed";
import type { DemocracyIndexEdition, DocumentStatus, Law, OpenBudgetSurveyRound } from "../schemas/inputs";
import type { RuleVersion } from "../schemas/rules";
import { both, earliestDay, latestDay, not, onOrBefore, possibleTruths, type Tristate } from "./date-bounds";
import type { ReadingCombination } from "./reading-combinations";
import { applicablePoints, passRuleOf, thresholdPoints, type PassRule } from "./score-assessment";

/** Everything the engine knows about one country. */
export type CountryInputs = {
  country: string;
  obsRounds: ReadonlyArray<OpenBudgetSurveyRound>;
  /** The Open Budget Survey never covered the country: OGP does not measure its fiscal transparency. */
  obsNotSurveyed?: { throughRound: number; sources: ReadonlyArray<string> };
  /** Our list of the country's legal texts is complete: a year none of them applies scores 0, not "unknown". */
  lawHistoryComplete?: boolean;
  /** The EIU Democracy Index never covered the country: OGP does not measure its citizen engagement. */
  eiuNotCovered?: { sources: ReadonlyArray<string> };
  eiuEditions: ReadonlyArray<DemocracyIndexEdition>;
  laws: ReadonlyArray<Law>;
};

/**
 * What our sources leave open about a legal text that stays the same from year to year (how far the public may
 * see declarations under a law; whether a constitutional clause is fully explicit). The engine tries every value,
 * and a figure published for any year rules out the values that cannot reproduce it.
 */
export type LawAssumptions = Readonly<Record<string, { publicAccess?: "none" | "workplace" | "public"; explicit?: "full" | "partial" }>>;

export type LawUnknown = { law: string; fact: "publicAccess" | "explicit"; values: ReadonlyArray<string> };

/** The legal facts our sources leave unknown for a country, for texts that still applied in OGP's time (from 2011). */
export const lawUnknowns = (inputs: Pick<CountryInputs, "laws">): LawUnknown[] =>
  inputs.laws.flatMap((law): LawUnknown[] => {
    if (law.until !== null && latestDay(law.until) < "2011-01-01") return [];
    if (law.effect?.element === "asset-declarations" && law.effect.publicAccess === "unknown") return [{ law: law.id, fact: "publicAccess", values: ["none", "workplace", "public"] }];
    if (law.effect?.element === "ati-constitution" && law.effect.explicit === "unknown") return [{ law: law.id, fact: "explicit", values: ["full", "partial"] }];
    return [];
  });

/** The unknown legal facts that can matter in a data year: texts that applied at some point of that year. */
export const lawUnknownsIn = (unknowns: ReadonlyArray<LawUnknown>, inputs: Pick<CountryInputs, "laws">, dataYear: number) =>
  unknowns.filter((unknown) => {
    const law = inputs.laws.find((candidate) => candidate.id === unknown.law);
    if (!law) return false;
    const from = earliestDay(law.adopted);
    return from <= `${dataYear}-12-31` && (law.until === null || latestDay(law.until) >= `${dataYear}-01-01`);
  });

/** An assumption set narrowed to some laws: results that differ only elsewhere are the same. */
export const restrictAssumptions = (assumptions: LawAssumptions, laws: ReadonlyArray<LawUnknown>): LawAssumptions =>
  Object.fromEntries(laws.filter((unknown) => assumptions[unknown.law]).map((unknown) => [unknown.law, assumptions[unknown.law]]));

/** Every way of settling the unknown legal facts (one assignment with nothing in it when none is unknown). */
export const lawAssumptionSets = (unknowns: ReadonlyArray<LawUnknown>): LawAssumptions[] =>
  unknowns.reduce<LawAssumptions[]>(
    (sets, unknown) => sets.flatMap((set) => unknown.values.map((value) => ({ ...set, [unknown.law]: { ...set[unknown.law], [unknown.fact]: value } }))),
    [{}],
  );

/** One criterion under one combination of readings: every value the inputs allow (null = not measured). */
export type CriterionOutcome = { possible: ReadonlyArray<number | null>; evidence: ReadonlyArray<InputEvidence> };

export type CombinationResult = { combination: ReadingCombination; assumptions: LawAssumptions; criteria: Record<CriterionId, CriterionOutcome> };

const unique = <T>(values: ReadonlyArray<T>) => [...new Set(values)];
const sortPoints = (values: ReadonlyArray<number | null>) => unique(values).sort((a, b) => (a ?? -1) - (b ?? -1));

/** The day (YYYY-MM-DD) of the data year's update on or before which an edition counts, under a timing reading. */
export const cutoffDay = (dataYear: number, combination: Pick<ReadingCombination, "updateCutoff">) => `${dataYear}-${combination.updateCutoff.monthDay}`;


/**
 * An edition counts when it was published on or before the cut-off. An edition whose date no source gives is
 * taken to appear some time between the start of its own year and the end of the next one.
 */
const publishedBy = (published: string | null, surelyBy: string | undefined, editionYear: number, day: string): Tristate => {
  // A dated copy or report proves the edition was out by that day, whatever the precision of `published`.
  if (surelyBy !== undefined && surelyBy <= day) return "yes";
  if (published !== null) return onOrBefore(published, day);
  const earliest = earliestDay(String(editionYear));
  const latest = latestDay(String(editionYear + 1));
  return latest <= day ? "yes" : earliest > day ? "no" : "maybe";
};

/**
 * The editions the update may have used: the newest one surely out by the cut-off, and every newer one that may
 * have been. Older editions drop out once a newer one is surely out.
 */
const candidateEditions = <T>(items: ReadonlyArray<T>, order: (item: T) => number, availability: (item: T) => Tristate): T[] => {
  const sorted = [...items].sort((a, b) => order(b) - order(a));
  const candidates: T[] = [];
  for (const item of sorted) {
    const available = availability(item);
    if (available === "no") continue;
    candidates.push(item);
    if (available === "yes") break;
  }
  return candidates;
};

/** OBS 2017 changed its rule: from then on a document counts only if it is online and on time, not in hard copy. */
const HARD_COPY_COUNTS_BEFORE_ROUND = 2017;

const documentPoints = (status: DocumentStatus, round: number, combination: ReadingCombination): number[] => {
  switch (status) {
    case "published":
      return [2];
    case "hard-copy-only":
      return [round < HARD_COPY_COUNTS_BEFORE_ROUND ? 2 : 0];
    case "published-late":
      return [combination.lateDocument.points];
    case "not-published-on-time":
    case "internal-only":
    case "not-produced":
      return [0];
    case null:
      return [0, 2];
  }
};

const fiscalTransparency = (inputs: CountryInputs, day: string, combination: ReadingCombination, allowed: ReadonlyArray<number> | null): CriterionOutcome => {
  if (inputs.obsRounds.length === 0 && inputs.obsNotSurveyed) {
    return { possible: [null], evidence: [{ kind: "obs-not-surveyed", throughRound: inputs.obsNotSurveyed.throughRound, sources: [...inputs.obsNotSurveyed.sources] }] };
  }
  const usable = inputs.obsRounds.filter((round) => round.released !== null);
  const released = (round: OpenBudgetSurveyRound) => publishedBy(round.released, round.releasedBy, round.round, day);
  const candidates = candidateEditions(usable, (round) => round.round, released);
  const surelyOut = candidates.some((round) => released(round) === "yes");
  const possible: Array<number | null> = [];
  const evidence: InputEvidence[] = [];
  for (const round of candidates) {
    for (const a of documentPoints(round.executiveBudgetProposal, round.round, combination)) for (const b of documentPoints(round.auditReport, round.round, combination)) possible.push(a + b);
    evidence.push({ kind: "obs-round", round: round.round, executiveBudgetProposal: round.executiveBudgetProposal, auditReport: round.auditReport, sources: round.sources });
    if (round.executiveBudgetProposal === null || round.auditReport === null) evidence.push({ kind: "missing", what: "obs-document-status" });
  }
  if (candidates.length > 1) evidence.push({ kind: "missing", what: "edition-timing" });
  if (!surelyOut) {
    // No round surely out by the update: the country may have had an older round we have no statuses for, or, with
    // no round at all in our sources, the survey may not cover it (then OGP does not measure the criterion).
    possible.push(...(allowed ?? [0, 1, 2, 3, 4]));
    if (inputs.obsRounds.length === 0) possible.push(null);
    evidence.push({ kind: "missing", what: "obs-round" });
  }
  return { possible: sortPoints(possible.filter((points) => points === null || !allowed || allowed.includes(points))), evidence };
};

/** When a legal text applies at the cut-off: from `from` (adoption or entry into force) until `until`. */
const appliesAt = (from: string, until: string | null, day: string): Tristate => both(onOrBefore(from, day), until === null ? "yes" : not(onOrBefore(until, day)));

/** Every assignment of true/false to the uncertain facts, as a list of fact sets. */
const factWorlds = <K extends string>(facts: Record<K, Tristate>): Array<Record<K, boolean>> => {
  let worlds: Array<Partial<Record<K, boolean>>> = [{}];
  for (const key of Object.keys(facts) as K[]) worlds = worlds.flatMap((world) => possibleTruths(facts[key]).map((truth) => ({ ...world, [key]: truth })));
  return worlds as Array<Record<K, boolean>>;
};

const anyApplies = (laws: ReadonlyArray<Law>, day: string, from: (law: Law) => string): Tristate => {
  const states = laws.map((law) => appliesAt(from(law), law.until, day));
  return states.includes("yes") ? "yes" : states.includes("maybe") ? "maybe" : "no";
};

const accessToInformation = (inputs: CountryInputs, day: string, combination: ReadingCombination, allowed: ReadonlyArray<number> | null, assumptions: LawAssumptions): CriterionOutcome => {
  const relevant = inputs.laws.filter((law) => law.effect?.element.startsWith("ati-"));
  if (relevant.length === 0) return { possible: sortPoints(allowed ?? [0, 1, 2, 3, 4]), evidence: [{ kind: "missing", what: "ati-facts" }] };
  const of = (element: string) => relevant.filter((law) => law.effect?.element === element);
  const lawStart = (law: Law) => (combination.atiLaw.stage === "in-force" ? (law.inForce ?? law.adopted) : law.adopted);
  // A provision no source judges may be full (counts) or partial (counts only under that reading).
  const explicitness = (law: Law) => (law.effect?.element === "ati-constitution" ? (assumptions[law.id]?.explicit ?? law.effect.explicit) : "full");
  const counts = (law: Law): Tristate => (explicitness(law) === "full" || combination.atiPartialConstitution.counts ? "yes" : explicitness(law) === "unknown" ? "maybe" : "no");
  const constitutions = of("ati-constitution").map((law) => both(appliesAt(law.inForce ?? law.adopted, law.until, day), counts(law)));
  const facts = {
    law: anyApplies(of("ati-law"), day, lawStart),
    constitution: constitutions.includes("yes") ? "yes" : constitutions.includes("maybe") ? "maybe" : ("no" as Tristate),
    draft: anyApplies(of("ati-draft"), day, (law) => law.adopted),
  };
  if (!inputs.lawHistoryComplete && facts.law === "no" && facts.constitution === "no" && facts.draft === "no") {
    // None of the texts we list applies yet, and our list may not go back far enough: unknown, not 0.
    return { possible: sortPoints(allowed ?? [0, 1, 2, 3, 4]), evidence: [{ kind: "missing", what: "ati-facts" }] };
  }
  const possible = factWorlds(facts).map(({ law, constitution, draft }) =>
    law ? 4 : constitution && draft ? combination.atiConstitutionAndDraft.points : constitution ? 3 : draft ? 1 : 0,
  );
  const used = relevant.filter((law) => appliesAt(law.effect?.element === "ati-law" ? lawStart(law) : (law.inForce ?? law.adopted), law.until, day) !== "no");
  return { possible: sortPoints(possible.filter((points) => !allowed || allowed.includes(points))), evidence: used.map((law) => ({ kind: "law", id: law.id, sources: law.sources })) };
};

const accessLevels = ["none", "workplace", "public"] as const;

const assetDisclosure = (inputs: CountryInputs, day: string, combination: ReadingCombination, allowed: ReadonlyArray<number> | null, assumptions: LawAssumptions): CriterionOutcome => {
  // Before the 2014 revision OGP's asset-disclosure scale is not known: any value the rule allows.
  if (allowed === null) return { possible: [0, 1, 2, 3, 4], evidence: [{ kind: "missing", what: "asset-scale" }] };
  const relevant = inputs.laws.filter((law) => law.effect?.element === "asset-declarations");
  if (relevant.length === 0) return { possible: sortPoints(allowed), evidence: [{ kind: "missing", what: "asset-facts" }] };
  const inForce = (law: Law) => appliesAt(law.inForce ?? law.adopted, law.until, day);
  const statutes = relevant.filter((law) => law.instrument === "law" || law.instrument === "ordinance" || law.instrument === "constitution");
  const facts = Object.fromEntries(relevant.map((law) => [law.id, inForce(law)])) as Record<string, Tristate>;
  if (!inputs.lawHistoryComplete && Object.values(facts).every((fact) => fact === "no")) {
    return { possible: sortPoints(allowed), evidence: [{ kind: "missing", what: "asset-facts" }] };
  }
  let unknownAccess = false;
  const possible = factWorlds(facts).flatMap((world) => {
    const applying = relevant.filter((law) => world[law.id]);
    if (!statutes.some((law) => world[law.id])) return [0];
    // The public may see declarations as far as the most open text in force allows; "unknown" may be anything.
    const levels = applying.map((law) => (law.effect?.element === "asset-declarations" ? (assumptions[law.id]?.publicAccess ?? law.effect.publicAccess) : "none"));
    const known = Math.max(0, ...levels.filter((level) => level !== "unknown").map((level) => accessLevels.indexOf(level)));
    const reachable = levels.includes("unknown") ? accessLevels.filter((_, index) => index >= known) : [accessLevels[known]];
    if (levels.includes("unknown")) unknownAccess = true;
    return reachable.map((level) => (level === "public" || (level === "workplace" && combination.assetWorkplace.counts) ? 4 : 2));
  });
  const used = relevant.filter((law) => inForce(law) !== "no");
  const evidence: InputEvidence[] = used.map((law) => ({ kind: "law", id: law.id, sources: law.sources }));
  if (unknownAccess) evidence.push({ kind: "missing", what: "asset-access" });
  return { possible: sortPoints(possible.filter((points) => allowed.includes(points))), evidence };
};

/** Points for a civil-liberties score under a band reading. */
export const civilLibertiesPoints = (score: number, parameters: ReadingCombination["civilLiberties"]): number => {
  if (parameters.kind === "civil-liberties-proportional") {
    const raw = (score * 4) / 10;
    return Math.min(4, parameters.rounding === "round" ? Math.floor(raw + 0.5 + 1e-9) : Math.floor(raw + 1e-9));
  }
  const band = [...parameters.bands].sort((a, b) => b.min - a.min).find((candidate) => (candidate.inclusive ? score >= candidate.min : score > candidate.min));
  return band?.points ?? 0;
};

const citizenEngagement = (inputs: CountryInputs, day: string, combination: ReadingCombination, allowed: ReadonlyArray<number> | null): CriterionOutcome => {
  if (inputs.eiuEditions.length === 0 && inputs.eiuNotCovered) return { possible: [null], evidence: [{ kind: "eiu-not-covered", sources: [...inputs.eiuNotCovered.sources] }] };
  const published = (edition: DemocracyIndexEdition) => publishedBy(edition.published, edition.publishedBy, edition.year, day);
  const candidates = candidateEditions(inputs.eiuEditions, (edition) => edition.year, published);
  const surelyOut = candidates.some((edition) => published(edition) === "yes");
  const possible: Array<number | null> = [];
  const evidence: InputEvidence[] = [];
  for (const edition of candidates) {
    if (edition.civilLiberties === null) possible.push(0, 1, 2, 3, 4);
    else possible.push(civilLibertiesPoints(edition.civilLiberties, combination.civilLiberties));
    evidence.push({ kind: "eiu-edition", year: edition.year, civilLiberties: edition.civilLiberties, sources: [...edition.sources, ...edition.civilLibertiesSources] });
    if (edition.civilLiberties === null) evidence.push({ kind: "missing", what: "eiu-score" });
  }
  if (candidates.length > 1) evidence.push({ kind: "missing", what: "edition-timing" });
  if (!surelyOut) {
    possible.push(0, 1, 2, 3, 4);
    // With no edition at all in our sources the index may not cover the country: then OGP does not measure it.
    if (inputs.eiuEditions.length === 0) possible.push(null);
    evidence.push({ kind: "missing", what: "eiu-edition" });
  }
  return { possible: sortPoints(possible.filter((points) => points === null || !allowed || allowed.includes(points))), evidence };
};

/** Scores one country-year under one combination of readings. */
export const scoreCombination = (inputs: CountryInputs, dataYear: number, rule: RuleVersion, combination: ReadingCombination, assumptions: LawAssumptions = {}): CombinationResult => {
  const day = cutoffDay(dataYear, combination);
  const allowed = (criterion: CriterionId) => rule.criteria[criterion].allowedPoints;
  return {
    combination,
    assumptions,
    criteria: {
      fiscalTransparency: fiscalTransparency(inputs, day, combination, allowed("fiscalTransparency")),
      accessToInformation: accessToInformation(inputs, day, combination, allowed("accessToInformation"), assumptions),
      assetDisclosure: assetDisclosure(inputs, day, combination, allowed("assetDisclosure"), assumptions),
      citizenEngagement: citizenEngagement(inputs, day, combination, allowed("citizenEngagement")),
    },
  };
};

export type Outcome = Record<CriterionId, number | null>;

/** Every joint outcome of a combination (criteria are scored from independent inputs, so it is the product). */
export const outcomesOf = (result: Pick<CombinationResult, "criteria">): Outcome[] =>
  criterionIds.reduce<Array<Partial<Outcome>>>((partial, criterion) => partial.flatMap((outcome) => result.criteria[criterion].possible.map((points) => ({ ...outcome, [criterion]: points }))), [{}]) as Outcome[];

export const outcomeTotal = (outcome: Outcome) => criterionIds.reduce((sum, criterion) => sum + (outcome[criterion] ?? 0), 0);
export const outcomeMeasured = (outcome: Outcome) => criterionIds.filter((criterion) => outcome[criterion] !== null).length;

/** A figure OGP or a credible source published: what it says, for which country and data year. */
export type PublishedFigure = {
  id: string;
  country: string;
  dataYear: number;
  total: number | null;
  outOf: number | null;
  criteria: Partial<Record<CriterionId, number>>;
  /** For an outcome that only says which side of the bar the country stood: on an eligible list, or named as below. */
  side?: "at-least-75" | "below-75" | null;
};

/**
 * OGP's verdict on one outcome: enough criteria measured, then the pass mark of the points they give (75 % and three
 * criteria unless a rule version says otherwise).
 */
export const outcomeVerdict = (outcome: Outcome, { passMarkPercent, minimumCriteriaMeasured }: PassRule = passRuleOf()) => {
  const measured = outcomeMeasured(outcome);
  if (measured < minimumCriteriaMeasured) return "not-enough-data" as const;
  return outcomeTotal(outcome) >= thresholdPoints(applicablePoints(measured), passMarkPercent) ? ("eligible" as const) : ("below-threshold" as const);
};

export type Verdict = "reproduces" | "consistent" | "contradicts";

/**
 * Does a combination agree with a published figure? It contradicts the figure when no outcome it allows matches
 * every part the figure gives; it reproduces the figure when every outcome it allows gives exactly those parts.
 */
/** Does one outcome give every part the figure states? */
export const matchesFigure = (outcome: Outcome, figure: PublishedFigure) =>
  criterionIds.every((criterion) => figure.criteria[criterion] === undefined || outcome[criterion] === figure.criteria[criterion]) &&
  (figure.total === null || outcomeTotal(outcome) === figure.total) &&
  (figure.outOf === null || outcomeMeasured(outcome) * 4 === figure.outOf) &&
  (!figure.side || (outcomeVerdict(outcome) === "eligible") === (figure.side === "at-least-75"));

export const judgeFigure = (result: Pick<CombinationResult, "criteria">, figure: PublishedFigure): Verdict => {
  const outcomes = outcomesOf(result);
  const matching = outcomes.filter((outcome) => matchesFigure(outcome, figure));
  if (matching.length === 0) return "contradicts";
  return matching.length === outcomes.length ? "reproduces" : "consistent";
};
