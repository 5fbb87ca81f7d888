import type { InputEvidence } from "../schemas/computed";

/** The sources behind a criterion's inputs, once each; a missing input has none. */
export const evidenceSources = (evidence: ReadonlyArray<InputEvidence>): string[] => [...new Set(evidence.flatMap((item) => (item.kind === "missing" ? [] : item.sources)))];
