import { criterionIds } from "../schemas/common";
import type { ComputedDataset } from "../schemas/computed";
import type { Dataset } from "../schemas/dataset";
import { calibrateReadings, readingTable } from "../scoring/calibrate-readings";
import { countriesComputed } from "../scoring/peer-computed";
import { vietnamToday } from "../scoring/vietnam-today";

type Data = Parameters<typeof vietnamToday>[0] & Pick<Dataset, "release">;

/** The engine's output as a dataset: what /api/v2/computed.json and the computed CSVs hold. */
export const computedDataset = (data: Data): ComputedDataset => {
  const today = vietnamToday(data);
  const calibration = calibrateReadings(data);
  const table = readingTable(calibration);
  return {
    release: data.release.id,
    country: data.release.computed?.country ?? "VN",
    years: [...today.computed],
    countries: countriesComputed(data).map(({ country, years }) => ({ country, years: years.map(({ computed, sourced }) => ({ ...computed, sourcedCriteria: sourced })) })),
    readings: table.map((row) => ({
      question: row.question.id,
      reading: row.reading.id,
      survives: row.survives,
      figures: Object.fromEntries(calibration.figures.map((figure, index) => [figure.id, row.perFigure[index]])),
    })),
    figures: calibration.figures.map((figure) => ({
      id: figure.id,
      country: figure.country,
      dataYear: figure.dataYear,
      total: figure.total,
      outOf: figure.outOf,
      criteria: figure.criteria,
      kind: figure.kind,
      usedAsTest: figure.usedAsTest,
      sources: [...figure.sources],
    })),
    combinations: { surviving: calibration.conflict ? 0 : calibration.surviving.length, total: calibration.combinations.length, conflict: calibration.conflict },
  };
};

/** Flat tables of the computed dataset for CSV: one row per data year, one per candidate reading. */
export const computedTables = (dataset: ComputedDataset) => [
  {
    name: "computed-years",
    records: dataset.years.map((year) => ({
      country: year.country,
      dataYear: year.dataYear,
      ruleVersion: year.ruleVersion,
      totalMin: year.total.min,
      totalMax: year.total.max,
      applicablePoints: year.applicable.max,
      thresholdPoints: year.threshold.max,
      eligibility: year.eligibility,
      ...Object.fromEntries(criterionIds.flatMap((criterion) => {
        const values = year.criteria[criterion].possible.filter((value): value is number => value !== null);
        return [[`${criterion}Min`, values.length ? Math.min(...values) : null], [`${criterion}Max`, values.length ? Math.max(...values) : null]];
      })),
      rangeBecauseQuestions: year.rangeBecause.questions,
      rangeBecauseMissingInputs: year.rangeBecause.missingInputs,
    })),
  },
  {
    name: "computed-readings",
    records: dataset.readings.map((row) => ({ question: row.question, reading: row.reading, survives: row.survives, ...row.figures })),
  },
];
