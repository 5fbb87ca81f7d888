import type { Assessment } from "../schemas/assessment";

const isObservation = (assessment: Assessment) => assessment.status !== "projection" && assessment.status !== "scenario";
const byDate = (a: Assessment, b: Assessment) => a.date.localeCompare(b.date);

/** Assessments in date order; projections and scenarios are forecasts, not history. */
export const assessmentHistory = (assessments: ReadonlyArray<Assessment>) => assessments.filter(isObservation).sort(byDate);

/** The newest assessment that is not a forecast: "where Vietnam stands". */
export const latestAssessment = (assessments: ReadonlyArray<Assessment>) => assessmentHistory(assessments).at(-1);

/** The newest assessment that gives points per criterion, for "what each criterion scores". */
export const latestWithCriteria = (assessments: ReadonlyArray<Assessment>) =>
  assessmentHistory(assessments).filter((assessment) => Object.values(assessment.criteria).every((score) => score.points !== null || score.basis === "not-measured")).at(-1);

export const projections = (assessments: ReadonlyArray<Assessment>) => assessments.filter((assessment) => assessment.status === "projection").sort(byDate);
