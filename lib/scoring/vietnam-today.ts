import type { Assessment } from "../schemas/assessment";
import type { Dataset } from "../schemas/dataset";
import type { ComputedYear } from "../schemas/computed";
import { computedAsAssessment, computedHistory } from "./computed-assessments";
import { assessmentHistory } from "./select-assessments";

export type VietnamToday = {
  /** The newest figure a source published (OGP or a credible source quoting it): never a projection or our estimate. */
  lastPublished: Assessment | undefined;
  /** The computed estimate for the newest OGP data year the release covers. */
  latest: { computed: ComputedYear; assessment: Assessment } | undefined;
  /** Every computed year, oldest first. */
  computed: ReadonlyArray<ComputedYear>;
};

type Data = Pick<Dataset, "release" | "questions" | "rules" | "assessments" | "peers" | "sources" | "inputs">;

const cache = new WeakMap<object, VietnamToday>();

/**
 * Where Vietnam stands: the last published figure (with its date; nothing newer was published) beside the computed
 * estimate for the latest data year. Pages show both and never call the older one "current".
 */
export const vietnamToday = (data: Data): VietnamToday => {
  const cached = cache.get(data);
  if (cached) return cached;
  const computed = computedHistory(data);
  const newest = computed.at(-1);
  const today: VietnamToday = {
    lastPublished: assessmentHistory(data.assessments).filter((assessment) => assessment.status !== "computed").at(-1),
    latest: newest && { computed: newest, assessment: computedAsAssessment(newest, data) },
    computed,
  };
  cache.set(data, today);
  return today;
};

/** The computed years as assessments (status "computed"), oldest first. */
export const computedAssessments = (data: Data): Assessment[] => vietnamToday(data).computed.map((year) => computedAsAssessment(year, data));

/** The published assessments and the computed years as one list. */
export const assessmentsWithComputed = (data: Data): Assessment[] => [...data.assessments, ...computedAssessments(data)];
