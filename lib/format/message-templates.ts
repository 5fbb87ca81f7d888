/** A messages tree as in messages/*.json: namespaces of strings (raw templates with {name} placeholders). */
export type MessageTree = { [key: string]: string | MessageTree };

/** "a.b.c" → template, for every string under a tree, each key prefixed. */
export const flattenMessages = (messages: MessageTree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flattenMessages(value, `${prefix}${key}.`)))),
  );

/** One namespace of a messages tree (empty when there is none). */
export const messageNamespace = (messages: MessageTree, name: string): MessageTree => {
  const value = messages[name];
  return typeof value === "object" ? value : {};
};

/**
 * The raw templates the simulator, the scenario pages, their share texts and their preview images use: the "path"
 * namespace at the top level, and the shared labels they need under their own names. The same table on the server,
 * in the browser and in the build scripts, so a scenario reads the same everywhere.
 */
export const pathTemplates = (messages: MessageTree): Record<string, string> => ({
  ...flattenMessages(messageNamespace(messages, "path")),
  ...flattenMessages(messageNamespace(messages, "eligibility"), "eligibility."),
  ...flattenMessages(messageNamespace(messages, "valuesCheck"), "valuesCheck."),
  ...flattenMessages(messageNamespace(messages, "joining"), "joining."),
  ...flattenMessages(messageNamespace(messages, "sharing"), "sharing."),
  ...flattenMessages(messageNamespace(messages, "share"), "share."),
  ...flattenMessages(messageNamespace(messages, "criteria"), "criteria."),
});
