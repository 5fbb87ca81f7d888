import { attribute, parsedNodes, textOf } from "@/scripts/html-edit.mjs";

/** A page's head as a search engine or a link preview reads it from the HTML as served (parse5 parses as browsers do). */
export const headOf = (html: string) => {
  const nodes = parsedNodes(html);
  const element = (tagName: string) => nodes.find((node) => "tagName" in node && node.tagName === tagName);
  const find = (tagName: string, name: string, value: string) => nodes.find((node) => "tagName" in node && node.tagName === tagName && attribute(node, name) === value);
  const title = element("title");
  return {
    lang: attribute(element("html"), "lang") ?? "",
    title: (title ? textOf(title) : "").trim(),
    description: (attribute(find("meta", "name", "description"), "content") ?? "").trim(),
    canonical: attribute(find("link", "rel", "canonical"), "href") ?? "",
    alternates: nodes.filter((node) => "tagName" in node && node.tagName === "link" && attribute(node, "rel") === "alternate").flatMap((node) => attribute(node, "hreflang") ?? []),
  };
};
