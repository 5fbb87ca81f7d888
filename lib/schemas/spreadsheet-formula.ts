// OWASP "CSV injection": a spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage return as a formula
// (=HYPERLINK(…), =cmd|…) when a CSV, or a table pasted from the JSON API, is opened. Full-width forms count too (some
// spreadsheets fold them); plain numbers ("-3", "+1.5") are numbers there, not formulas. One rule for the data check
// (no such text enters data/, so none reaches the JSON API, the BibTeX file or the PDF brief) and the CSV export.
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** "- a point": the dash of a list item in prose, allowed where a schema says so (proseTextSchema). */
const proseDash = /^- [^\s=+\-@]/;

const characterNames: Record<string, string> = { "\t": "a tab", "\r": "a carriage return" };

/** Whether a spreadsheet would run `text` as a formula. */
export const startsLikeFormula = (text: string) => formulaStart.test(text) && !plainNumber.test(text);

/** Why `text` could run as a formula ("begins with \"=\""), or undefined when it cannot. */
export const formulaLead = (text: string, options: { proseDash?: boolean } = {}): string | undefined => {
  if (!startsLikeFormula(text) || (options.proseDash && proseDash.test(text))) return undefined;
  return `begins with ${characterNames[text[0]] ?? `"${text[0]}"`}`;
};

/** The "expected" of a data problem for such a text. */
export const formulaExpected = (proseDashAllowed: boolean) =>
  `a text that does not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula)${proseDashAllowed ? '; "- " before prose is allowed here' : ""}`;
