import { chartIds } from "../export/chart-registry";
import { computedDataYears } from "../scoring/computed-assessments";
import { scenarioPages } from "../export/scenario-pages";
import { criterionIds } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import { criterionSlugs } from "./criterion-slug";

/** One page below /<locale>/, and the date its content is as of (a pinned embed keeps its release's date). */
export type SitePage = { path: string; asOf: string };

/**
 * Every indexable page of the site in one language, as the routes generate them: the sitemap lists exactly these
 * (a browser test compares them with the pages in out/, so a new route cannot be left out).
 */
export const sitePages = ({ dataset, releases }: { dataset: Dataset; releases: string[] }): SitePage[] => {
  const asOf = dataset.release.publishedOn;
  const live = [
    "/",
    ...criterionIds.map((criterion) => `/criteria/${criterionSlugs[criterion]}/`),
    "/path/",
    ...dataset.scenarios.map((scenario) => `/path/${scenario.id}/`),
    ...scenarioPages(dataset).map((page) => page.path),
    "/timeline/",
    "/compare/",
    ...computedDataYears(dataset).slice(0, -1).map((year) => `/compare/${year}/`),
    "/methodology/",
    "/data/",
    ...chartIds.map((chart) => `/embed/${chart}/`),
  ].map((path) => ({ path, asOf }));
  const pinned = chartIds.flatMap((chart) => releases.map((release) => ({ path: `/embed/${chart}/${release}/`, asOf: release })));
  return [...live, ...pinned];
};
