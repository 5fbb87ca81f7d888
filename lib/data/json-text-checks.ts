// Checks on the text of a data file, before and beside the schemas: what JSON.parse lets through silently (a
// duplicate key: the last one wins; a byte-order mark) or reports unhelpfully (a trailing comma, as an offset), and
// what no schema field should ever hold (invisible or bidi-control characters, blank text, absurd sizes).
import { visit, type ParseErrorCode } from "jsonc-parser";
import { formulaExpected, formulaLead } from "../schemas/spreadsheet-formula";
import { describeValue, jsonPath, type DataProblem } from "./problems";

/**
 * Sizes no data file comes near (today: 56 KB, 378-character texts, 58-item lists). Beyond them something went
 * wrong (a pasted document, a generated list) and the build would slow down or the pages would break.
 */
export const dataLimits = { fileBytes: 1024 * 1024, stringLength: 5000, arrayItems: 5000 } as const;

/** Where an offset is, as an editor shows it (1-based line and column; a BOM is not a column). */
const position = (text: string, offset: number) => {
  const before = text.slice(0, offset);
  return `line ${before.split("\n").length}, column ${offset - before.lastIndexOf("\n")}`;
};

const errorWords: Partial<Record<ParseErrorCode, string>> = {
  1: "a JSON value or punctuation", // InvalidSymbol
  2: "a number written as JSON writes numbers", // InvalidNumberFormat
  3: 'a key in double quotes', // PropertyNameExpected
  4: "a value", // ValueExpected
  5: 'a ":" after the key', // ColonExpected
  6: 'a "," between two items', // CommaExpected
  7: 'a "}" closing the object', // CloseBraceExpected
  8: 'a "]" closing the list', // CloseBracketExpected
  9: "the end of the file after the JSON value", // EndOfFileExpected
  10: "no comments (JSON has none)", // InvalidCommentToken
  11: "no comments (JSON has none)", // UnexpectedEndOfComment
  12: 'a text closed with a double quote (")', // UnexpectedEndOfString
  13: "a complete number", // UnexpectedEndOfNumber
  14: "a \\u escape with four hexadecimal digits", // InvalidUnicode
  15: "a valid escape (\\n, \\t, \\\", \\\\, \\uXXXX)", // InvalidEscapeCharacter
  16: "no control character inside a text (write \\n or \\t, or remove it)", // InvalidCharacter
};

const foundAt = (text: string, offset: number) => (offset >= text.length ? "the end of the file" : JSON.stringify(text.slice(offset, offset + 20)));

/**
 * Parses one data file, reporting in plain words with line and column: a byte-order mark, the first syntax error
 * (a trailing comma named as such), every duplicate key, a file over the size limit.
 */
export const parseDataFile = (file: string, text: string): { value?: unknown; problems: DataProblem[] } => {
  const problems: DataProblem[] = [];
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > dataLimits.fileBytes) {
    return { problems: [{ file, path: "$", expected: `a file of at most ${dataLimits.fileBytes / 1024 / 1024} MB`, found: `${(bytes / 1024 / 1024).toFixed(1)} MB` }] };
  }
  let body = text;
  if (body.startsWith("\uFEFF")) {
    problems.push({ file, path: "line 1, column 1", expected: "the JSON text to start the file", found: "a byte-order mark (U+FEFF) before it; save the file as UTF-8 without BOM" });
    body = body.slice(1);
  }
  let syntax: DataProblem | undefined;
  // Offsets, not positions: a position costs a scan of the text before it, so it is worked out only for a problem.
  const objects: Array<Map<string, number>> = [];
  visit(
    body,
    {
      onError: (error, offset) => {
        if (syntax) return; // the first error explains the ones that follow
        const next = body.slice(offset).trimStart()[0];
        const comma = body.slice(0, offset).trimEnd();
        if ((error === 3 || error === 4) && (next === "}" || next === "]") && comma.endsWith(",")) {
          syntax = { file, path: position(body, comma.length - 1), expected: `another item after this comma, or no comma before "${next}" (JSON allows no comma after the last item)`, found: `"${next}"` };
        } else {
          syntax = { file, path: position(body, offset), expected: errorWords[error] ?? "valid JSON", found: foundAt(body, offset) };
        }
      },
      onObjectBegin: () => void objects.push(new Map()),
      onObjectEnd: () => void objects.pop(),
      onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
        const keys = objects.at(-1);
        if (!keys) return;
        const first = keys.get(property);
        if (first !== undefined) {
          problems.push({ file, path: `${jsonPath([...pathSupplier(), property])} (${position(body, offset)})`, expected: `each key once per object (JSON keeps only the last; the first is at ${position(body, first)})`, found: `"${property}" again` });
        } else keys.set(property, offset);
      },
    },
    { allowTrailingComma: false, disallowComments: true },
  );
  if (syntax) return { problems: [...problems, syntax] };
  return { value: JSON.parse(body), problems };
};

// Characters a reader cannot see that change how text reads or renders: C0/C1 controls (tab and line feed
// excepted), soft hyphen, Arabic letter mark, zero-width and joiner characters, line/paragraph separators, the
// bidirectional embeddings, overrides and isolates ("Trojan Source"), invisible operators, BOM, annotation marks.
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/u;
const names: Record<number, string> = {
  0x00ad: "SOFT HYPHEN",
  0x061c: "ARABIC LETTER MARK",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (BOM)",
};
const describeCharacter = (char: string) => {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${hex} ${names[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? "CONTROL CHARACTER" : "INVISIBLE FORMAT CHARACTER")}`;
};
/** U+E0000–E007F, the tag characters: invisible, and used to smuggle text past readers. */
const tagCharacter = /[\u{E0000}-\u{E007F}]/u;

/** { vi, en }: a people-facing text, whose formula rule (and any prose dash it allows) is its schema's (lib/schemas/common.ts). */
const isLocalizedText = (node: object) => {
  const keys = Object.keys(node);
  return keys.length === 2 && keys.includes("vi") && keys.includes("en");
};

/**
 * Every text and list in a parsed data file, wherever it is: no blank text (null says "no value"), no invisible or
 * bidi-control character, nothing a spreadsheet would run as a formula, nothing over the size limits. Reported with
 * the JSON path of the value.
 */
export const textProblems = (file: string, value: unknown): DataProblem[] => {
  const problems: DataProblem[] = [];
  const walk = (node: unknown, path: PropertyKey[], inLocalizedText = false) => {
    if (typeof node === "string") {
      const formula = inLocalizedText ? undefined : formulaLead(node);
      if (formula) problems.push({ file, path: jsonPath(path), expected: formulaExpected(false), found: `${describeValue(node)} (${formula})` });
      if (node.trim() === "") {
        problems.push({ file, path: jsonPath(path), expected: "a text with visible characters (or null where the field allows no value)", found: describeValue(node) });
      }
      const hidden = invisible.exec(node) ?? tagCharacter.exec(node);
      if (hidden) {
        const at = [...node.slice(0, hidden.index)].length + 1;
        problems.push({ file, path: jsonPath(path), expected: "text without invisible or direction-changing control characters", found: `${describeCharacter(hidden[0])} at character ${at} of ${describeValue(node)}` });
      }
      if (node.length > dataLimits.stringLength) {
        problems.push({ file, path: jsonPath(path), expected: `a text of at most ${dataLimits.stringLength} characters`, found: `${node.length} characters` });
      }
    } else if (Array.isArray(node)) {
      if (node.length > dataLimits.arrayItems) {
        problems.push({ file, path: jsonPath(path), expected: `a list of at most ${dataLimits.arrayItems} items`, found: `${node.length} items` });
        return; // one problem for the list, not one per item
      }
      node.forEach((child, index) => walk(child, [...path, index]));
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key], isLocalizedText(node));
    }
  };
  walk(value, []);
  return problems;
};
