import { z } from "zod";
import { assessmentsFileSchema } from "./assessment";
import { inputsFileSchema } from "./inputs";
import { peersFileSchema } from "./peers";
import { reformsFileSchema } from "./reform";
import { releaseSchema } from "./release";
import { rulesFileSchema } from "./rules";
import { scenariosFileSchema } from "./scenario";
import { sourcesFileSchema } from "./source";
import { timelineFileSchema } from "./timeline";

/** One entry per file in data/: the file name is the key everywhere (errors, downloads, the static API). */
export const datasetFileSchemas = {
  "release.json": releaseSchema,
  "sources.json": sourcesFileSchema,
  "rules.json": rulesFileSchema,
  "assessments.json": assessmentsFileSchema,
  "inputs.json": inputsFileSchema,
  "timeline.json": timelineFileSchema,
  "reforms.json": reformsFileSchema,
  "peers.json": peersFileSchema,
  "scenarios.json": scenariosFileSchema,
} as const;
export type DatasetFileName = keyof typeof datasetFileSchemas;
export const datasetFileNames = Object.keys(datasetFileSchemas) as DatasetFileName[];

export type Dataset = {
  release: z.infer<typeof releaseSchema>;
  sources: z.infer<typeof sourcesFileSchema>;
  /** The rule versions of rules.json, oldest first. */
  rules: z.infer<typeof rulesFileSchema>["versions"];
  /** The open questions of rules.json, each with its candidate readings. */
  questions: z.infer<typeof rulesFileSchema>["questions"];
  assessments: z.infer<typeof assessmentsFileSchema>;
  inputs: z.infer<typeof inputsFileSchema>;
  timeline: z.infer<typeof timelineFileSchema>;
  reforms: z.infer<typeof reformsFileSchema>;
  peers: z.infer<typeof peersFileSchema>;
  scenarios: z.infer<typeof scenariosFileSchema>;
};
