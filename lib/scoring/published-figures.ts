import { criterionIds, type CriterionId, type LocalizedText } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { OutcomeKind } from "../schemas/peers";
import type { PublishedFigure } from "./eligibility-engine";

/** A figure OGP or a credible source published, with what the readings table needs to show it. */
export type CalibrationFigure = PublishedFigure & {
  /** Where the figure lives in data/: a Vietnam assessment or a peer's eligibility entry. */
  origin: { file: "assessments.json"; id: string } | { file: "peers.json"; country: string; date: string };
  label: LocalizedText;
  /** What the figure says: a total, criterion points, or only which side of the 75 % bar. */
  kind: OutcomeKind;
  sources: ReadonlyArray<string>;
  /** false for a figure that rests only on the project's starting documents or on sources with no address: shown, but it never rules a reading out. */
  usedAsTest: boolean;
};

const observed = new Set(["official", "reported", "derived"]);

/**
 * Every published figure the engine can test its readings against: Vietnam's assessments and peers' eligibility
 * entries that say which OGP data year they reflect. Only the parts a source states are kept: a total, and the
 * criteria a source reports (derived per-criterion splits are our own arithmetic, not evidence).
 */
export const publishedFigures = (data: Pick<Dataset, "assessments" | "peers" | "sources">): CalibrationFigure[] => {
  const byId = new Map(data.sources.map((source) => [source.id, source]));
  // A figure that rests only on the starting documents, or only on sources nobody can open (no address), is shown
  // but rules no reading out: a reading falls only to a figure a reader can check.
  const seedOnly = (ids: ReadonlyArray<string>) => ids.length > 0 && ids.every((id) => byId.get(id)?.kind === "seed" || byId.get(id)?.url === null);
  const vietnam = data.assessments
    .filter((assessment) => assessment.dataYear && observed.has(assessment.status))
    .map((assessment): CalibrationFigure => {
      const criteria: Partial<Record<CriterionId, number>> = {};
      for (const criterion of criterionIds) {
        const score = assessment.criteria[criterion];
        if (score.basis === "reported" && score.points !== null) criteria[criterion] = score.points;
      }
      const sources = [...new Set([...assessment.sources, ...(assessment.total?.sources ?? [])])];
      return {
        id: assessment.id,
        country: "VN",
        dataYear: assessment.dataYear!.year,
        total: assessment.total?.points ?? null,
        outOf: assessment.total?.outOf ?? null,
        criteria,
        origin: { file: "assessments.json", id: assessment.id },
        label: assessment.label,
        kind: assessment.total ? "total" : "criterion-points",
        sources,
        usedAsTest: !seedOnly(sources),
      };
    });
  const names = new Map(data.peers.countries.map((country) => [country.code, country.name]));
  const taken = new Map<string, number>();
  const uniqueId = (base: string) => {
    const count = (taken.get(base) ?? 0) + 1;
    taken.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
  const peers = data.peers.eligibility
    .filter((entry): entry is typeof entry & { kind: OutcomeKind } => entry.dataYear !== undefined && entry.kind !== null)
    .map((entry): CalibrationFigure => {
      const name = names.get(entry.country) ?? { vi: entry.country, en: entry.country };
      const criteria: Partial<Record<CriterionId, number>> = {};
      for (const criterion of criterionIds) if (entry[criterion] !== null) criteria[criterion] = entry[criterion]!;
      return {
        id: uniqueId(`${entry.country.toLowerCase()}-${entry.dataYear}`),
        kind: entry.kind,
        side: entry.kind === "at-least-75" || entry.kind === "below-75" ? entry.kind : null,
        country: entry.country,
        dataYear: entry.dataYear!,
        total: entry.total,
        outOf: entry.outOf,
        criteria,
        origin: { file: "peers.json", country: entry.country, date: entry.date },
        label: { vi: `${name.vi} ${entry.dataYear}`, en: `${name.en} ${entry.dataYear}` },
        sources: entry.sources,
        usedAsTest: !seedOnly(entry.sources) && entry.rescoredOnOtherEvidence !== true,
      };
    });
  return [...vietnam, ...peers];
};
