/** A messages tree as in messages/*.json: namespaces of strings (raw templates with {name} placeholders). */
export type MessageTree = { [key: string]: string | MessageTree };

/** "a.b.c" → template, for every string under a tree, each key prefixed. */
export const flattenMessages = (messages: MessageTree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flattenMessages(value, `${prefix}${key}.`)))),
  );

const namespace = (messages: MessageTree, name: string): MessageTree => {
  const value = messages[name];
  return typeof value === "object" ? value : {};
};

/**
 * The raw templates the simulator, the scenario pages, their share texts and their preview images use: the "path"
 * namespace at the top level, and the shared labels they need under their own names. The same table on the server,
 * in the browser and in the build scripts, so a scenario reads the same everywhere.
 */
export const pathTemplates = (messages: MessageTree): Record<string, string> => ({
  ...flattenMessages(namespace(messages, "path")),
  ...flattenMessages(namespace(messages, "eligibility"), "eligibility."),
  ...flattenMessages(namespace(messages, "valuesCheck"), "valuesCheck."),
  ...flattenMessages(namespace(messages, "joining"), "joining."),
  ...flattenMessages(namespace(messages, "sharing"), "sharing."),
  ...flattenMessages(namespace(messages, "share"), "share."),
  ...flattenMessages(namespace(messages, "criteria"), "criteria."),
});
