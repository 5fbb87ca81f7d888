// Helpers for rewriting built pages with an HTML parser (parse5) rather than regular expressions: the parser finds the
// elements, and the source is then cut at the offsets it reports, so every byte that is kept stays as Next wrote it
// (the inline scripts left keep their CSP hashes).
import { parse } from "parse5";

/** @param {import("parse5").DefaultTreeAdapterMap["node"]} node @returns {Generator<any>} */
export function* nodesOf(node) {
  yield node;
  for (const child of "childNodes" in node ? node.childNodes : []) yield* nodesOf(child);
}

/** Every node of the page, in document order, with its source offsets (node.sourceCodeLocation). */
export const parsedNodes = (html) => [...nodesOf(parse(html, { sourceCodeLocationInfo: true }))];

/** An attribute's value ("" for a bare attribute), or undefined when the element does not have it. */
export const attribute = (node, name) => node.attrs?.find((attr) => attr.name === name)?.value;

export const textOf = (node) => node.childNodes.map((child) => child.value ?? "").join("");

/** Where the page's </body> starts: the place for a script that should run after the page's content. */
export const bodyEndOffset = (nodes) => nodes.find((node) => node.tagName === "body")?.sourceCodeLocation?.endTag?.startOffset;

/**
 * The source with each edit applied: the text between start and end replaced by text (start = end inserts).
 * @param {string} html @param {Array<{ start: number, end: number, text: string }>} edits not overlapping
 */
export const applyEdits = (html, edits) => {
  let out = html;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return out;
};
