import { parse } from "parse5";

type Node = { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

const attribute = (node: Node | undefined, name: string) => node?.attrs?.find((attr) => attr.name === name)?.value;

function* nodesOf(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* nodesOf(child);
}

/** A page's head as a search engine or a link preview reads it from the HTML as served (parse5 parses as browsers do). */
export const headOf = (html: string) => {
  const nodes = [...nodesOf(parse(html) as unknown as Node)];
  const find = (tagName: string, name: string, value: string) => nodes.find((node) => node.tagName === tagName && attribute(node, name) === value);
  const title = nodes.find((node) => node.tagName === "title");
  return {
    lang: attribute(nodes.find((node) => node.tagName === "html"), "lang") ?? "",
    title: (title?.childNodes ?? []).map((child) => child.value ?? "").join("").trim(),
    description: (attribute(find("meta", "name", "description"), "content") ?? "").trim(),
    canonical: attribute(find("link", "rel", "canonical"), "href") ?? "",
    alternates: nodes.filter((node) => node.tagName === "link" && attribute(node, "rel") === "alternate" && attribute(node, "hreflang") !== undefined).map((node) => attribute(node, "hreflang")!),
  };
};
