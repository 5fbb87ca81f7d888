import type { ComponentProps } from "react";

/**
 * A cell of a table that becomes one card per row on a phone (class `stack-table`, app/globals.css): the column name
 * is drawn before the value there, and the value is one box so the two sit side by side (`wide`: a long text goes
 * under its label instead).
 */
export function LabelledCell({ label, wide = false, children, ...cell }: ComponentProps<"td"> & { label: string; wide?: boolean }) {
  return (
    <td data-label={label} data-wide={wide || undefined} {...cell}>
      <div>{children}</div>
    </td>
  );
}
