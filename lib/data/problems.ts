import type { z } from "zod";

/** One thing wrong with the data, in the words a maintainer needs to fix it. */
export type DataProblem = { file: string; path: string; expected: string; found: string };

export const formatProblem = (problem: DataProblem) =>
  `data/${problem.file} → ${problem.path}: expected ${problem.expected}, found ${problem.found}`;

/** "$[3].criteria.fiscalTransparency.points": JSONPath-style, as the maintainer would search for it. */
export const jsonPath = (path: ReadonlyArray<PropertyKey>) =>
  "$" + path.map((key) => (typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`)).join("");

export const valueAt = (root: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);

export const describeValue = (value: unknown): string => {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  if (Array.isArray(value) && value.length === 0) return "an empty list";
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return `an object with keys ${Object.keys(value).join(", ") || "(none)"}`;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

const listValues = (values: ReadonlyArray<unknown>) => values.map((value) => JSON.stringify(value)).join(", ");

/** What the schema wanted, from a zod issue; our own messages already say it. */
const expectedFromIssue = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "object" || issue.expected === "array" ? `an ${issue.expected}` : `a ${issue.expected}`;
    case "invalid_value":
      return `one of ${listValues(issue.values)}`;
    case "too_small":
      return issue.origin === "array" ? `at least ${issue.minimum} item(s)` : issue.origin === "string" ? (issue.message.startsWith("Too") ? "a non-empty text" : issue.message) : `a number ≥ ${issue.minimum}`;
    case "too_big":
      return issue.origin === "array" ? `at most ${issue.maximum} item(s)` : `a number ≤ ${issue.maximum}`;
    case "unrecognized_keys":
      return `no key ${issue.keys.map((key) => JSON.stringify(key)).join(", ")} (not part of the schema)`;
    case "invalid_union":
      return "one of the allowed forms";
    default:
      return issue.message;
  }
};

export const problemsFromZod = (file: string, raw: unknown, error: z.ZodError): DataProblem[] =>
  error.issues.map((issue) => {
    if (issue.code === "custom" && /^expected /.test(issue.message)) {
      // Our refinements already say "expected …, found …".
      const [, expected, found] = /^expected (.*), found (.*)$/.exec(issue.message) ?? [];
      if (expected !== undefined) return { file, path: jsonPath(issue.path), expected, found };
    }
    if (issue.code === "unrecognized_keys") {
      const path = jsonPath(issue.path);
      return { file, path, expected: expectedFromIssue(issue), found: `key ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}` };
    }
    return { file, path: jsonPath(issue.path), expected: expectedFromIssue(issue), found: describeValue(valueAt(raw, issue.path)) };
  });
