import { ScrollRegion } from "@/components/layout/scroll-region";
import type { DisplayTable } from "@/lib/charts/table";

/** The figure's numbers as a table: the same data the chart shows, for screen readers, copying and print. */
export function DataTable({ caption, table, noData }: { caption: string; table: DisplayTable; noData: string }) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm tabular">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="border-b border-line px-2 py-1 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-b border-line">
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row" className="px-2 py-1 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex} className={`px-2 py-1 ${cell === null ? "italic text-muted" : ""}`}>
                    {cell ?? noData}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
