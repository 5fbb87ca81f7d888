/** Fills "{name}" placeholders in an already translated text; for client islands that get plain strings as props. */
export const fillTemplate = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** A function that fills the template of a key from a table of raw templates (the key itself where none exists). */
export const templateSay =
  (templates: Readonly<Record<string, string>>) =>
  (key: string, values: Record<string, string | number> = {}) =>
    fillTemplate(templates[key] ?? key, values);
