// Types for html-edit.mjs (plain ESM so that scripts/postbuild.mjs runs on bare Node).
import type { DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
export declare function nodesOf(node: Node): Generator<Node>;
export declare const parsedNodes: (html: string) => Node[];
export declare const attribute: (node: Node | undefined, name: string) => string | undefined;
export declare const textOf: (node: Node) => string;
export declare const bodyEndOffset: (nodes: Node[]) => number | undefined;
export declare const applyEdits: (html: string, edits: Array<{ start: number; end: number; text: string }>) => string;
