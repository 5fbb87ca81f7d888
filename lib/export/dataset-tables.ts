import type { Dataset } from "../schemas/dataset";

/**
 * The tabular parts of a dataset file, each a CSV download: a file that is an array is one table; a file that is an
 * object of arrays (inputs, peers) gives one table per array, named "<file>-<key>". release.json is not tabular.
 */
export const datasetTables = (name: string, dataset: Dataset): Array<{ name: string; records: ReadonlyArray<unknown> }> => {
  const value = (dataset as Record<string, unknown>)[name];
  if (Array.isArray(value)) return [{ name, records: value }];
  if (value && typeof value === "object") {
    return Object.entries(value)
      // An empty list (V-Dem values no source gives yet) has no rows to download.
      .filter(([, inner]) => Array.isArray(inner) && inner.length > 0)
      .map(([key, inner]) => ({ name: `${name}-${key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}`, records: inner as ReadonlyArray<unknown> }));
  }
  return [];
};
