/** Fills "{name}" placeholders in an already translated text; for client islands that get plain strings as props. */
export const fillTemplate = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
