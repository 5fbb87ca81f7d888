import type { ComputedYear, MissingInput } from "../schemas/computed";
import { criterionIds, type CriterionId } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import { calibrateReadings } from "./calibrate-readings";
import { computedDataYears, computeYear } from "./computed-assessments";

/** Inputs whose absence leaves a criterion with no sourced basis at all (as opposed to a narrower uncertainty). */
const noBasis: ReadonlyArray<MissingInput> = ["obs-round", "obs-document-status", "eiu-edition", "eiu-score", "ati-facts", "asset-facts", "asset-scale"];

/** The criteria of a computed year that rest on sourced inputs (every other one is "no data", whatever its range). */
export const sourcedCriteria = (computed: Pick<ComputedYear, "criteria">): CriterionId[] =>
  criterionIds.filter((criterion) => !computed.criteria[criterion].missingInputs.some((what) => noBasis.includes(what)));

export type PeerComputed = { country: string; computed: ComputedYear; sourced: CriterionId[] };

type Data = Parameters<typeof calibrateReadings>[0] & Pick<Dataset, "release">;

/** Every peer computed the same way as Vietnam for one data year, with which of its criteria rest on sourced inputs. */
export const peersComputed = (data: Data, dataYear: number): PeerComputed[] => {
  const calibration = calibrateReadings(data);
  const vietnam = data.release.computed?.country ?? "VN";
  return data.peers.countries
    .filter((country) => country.code !== vietnam && !country.calibrationOnly)
    .flatMap((country) => {
      const computed = computeYear(data, calibration, country.code, dataYear);
      return computed ? [{ country: country.code, computed, sourced: sourcedCriteria(computed) }] : [];
    });
};

/** Every country the release lists, each computed for every data year of the release's span, Vietnam first. */
export const countriesComputed = (data: Data): Array<{ country: string; years: Array<{ computed: ComputedYear; sourced: CriterionId[] }> }> => {
  const years = computedDataYears(data);
  if (years.length === 0) return [];
  const calibration = calibrateReadings(data);
  return data.peers.countries.map((country) => ({
    country: country.code,
    years: years.flatMap((year) => {
      const computed = computeYear(data, calibration, country.code, year);
      return computed ? [{ computed, sourced: sourcedCriteria(computed) }] : [];
    }),
  }));
};

/** Every listed country computed for one data year (Vietnam included), with its sourced and unsourced criteria. */
export const countriesAtYear = (data: Data, dataYear: number): Array<{ country: string; computed: ComputedYear; sourced: CriterionId[]; unsourced: CriterionId[] }> => {
  const calibration = calibrateReadings(data);
  return data.peers.countries.flatMap((country) => {
    const computed = computeYear(data, calibration, country.code, dataYear);
    if (!computed) return [];
    const sourced = sourcedCriteria(computed);
    return [{ country: country.code, computed, sourced, unsourced: criterionIds.filter((criterion) => !sourced.includes(criterion)) }];
  });
};
