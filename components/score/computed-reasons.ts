import type { ComputedYear } from "@/lib/schemas/computed";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The reasons a computed total is a range, in one sentence's worth of clauses. */
export const rangeReasons = (computed: Pick<ComputedYear, "rangeBecause">, t: Translate) => [
  ...computed.rangeBecause.questions.map((id) => t(`today.reasonQuestion.${id}`)),
  ...computed.rangeBecause.missingInputs.map((what) => t(`today.reasonMissing.${what}`)),
];
