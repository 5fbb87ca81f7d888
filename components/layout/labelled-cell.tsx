import type { ComponentProps } from "react";

/**
 * A cell of a table that becomes one card per row on a phone (class `stack-table`, app/globals.css): the column name
 * is drawn before the value there, and the value is one box so the two sit side by side.
 */
export function LabelledCell({ label, children, ...cell }: ComponentProps<"td"> & { label: string }) {
  return (
    <td data-label={label} {...cell}>
      <div>{children}</div>
    </td>
  );
}
