import { criterionIds, type CriterionId, type LocalizedText } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { PublishedFigure } from "./eligibility-engine";

/** A figure OGP or a credible source published, with what the readings table needs to show it. */
export type CalibrationFigure = PublishedFigure & {
  /** Where the figure lives in data/: a Vietnam assessment or a peer's eligibility entry. */
  origin: { file: "assessments.json"; id: string } | { file: "peers.json"; country: string; date: string };
  label: LocalizedText;
  sources: ReadonlyArray<string>;
  /** false for a figure that rests only on the project's starting documents: shown, but it never rules a reading out. */
  usedAsTest: boolean;
};

const observed = new Set(["official", "reported", "derived"]);

/**
 * Every published figure the engine can test its readings against: Vietnam's assessments and peers' eligibility
 * entries that say which OGP data year they reflect. Only the parts a source states are kept: a total, and the
 * criteria a source reports (derived per-criterion splits are our own arithmetic, not evidence).
 */
export const publishedFigures = (data: Pick<Dataset, "assessments" | "peers" | "sources">): CalibrationFigure[] => {
  const kindOf = new Map(data.sources.map((source) => [source.id, source.kind]));
  const seedOnly = (ids: ReadonlyArray<string>) => ids.length > 0 && ids.every((id) => kindOf.get(id) === "seed");
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
        sources,
        usedAsTest: !seedOnly(sources),
      };
    });
  const names = new Map(data.peers.countries.map((country) => [country.code, country.name]));
  const peers = data.peers.eligibility
    .filter((entry) => entry.dataYear !== undefined && (entry.total !== null || criterionIds.some((criterion) => entry[criterion] !== null)))
    .map((entry): CalibrationFigure => {
      const name = names.get(entry.country) ?? { vi: entry.country, en: entry.country };
      const criteria: Partial<Record<CriterionId, number>> = {};
      for (const criterion of criterionIds) if (entry[criterion] !== null) criteria[criterion] = entry[criterion]!;
      return {
        id: `${entry.country.toLowerCase()}-${entry.dataYear}`,
        country: entry.country,
        dataYear: entry.dataYear!,
        total: entry.total,
        outOf: entry.outOf,
        criteria,
        origin: { file: "peers.json", country: entry.country, date: entry.date },
        label: { vi: `${name.vi} ${entry.dataYear}`, en: `${name.en} ${entry.dataYear}` },
        sources: entry.sources,
        usedAsTest: !seedOnly(entry.sources),
      };
    });
  return [...vietnam, ...peers];
};
