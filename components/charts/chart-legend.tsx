import { getTranslations } from "next-intl/server";
import type { MarkKind } from "@/lib/charts/mark-kind";
import type { Locale } from "@/lib/schemas/common";
import { ChartPatterns } from "./chart-patterns";
import { markFill } from "./mark-style";

/** Names every kind of mark the figure uses, in words, so data, derived, projection and no data are never told apart by colour alone. */
export async function ChartLegend({ id, kinds, threshold, locale }: { id: string; kinds: ReadonlyArray<MarkKind>; threshold?: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "charts.legend" });
  const unique = [...new Set(kinds)];
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("label")}>
      {unique.map((kind) => (
        <li key={kind} className="flex items-center gap-1.5" data-legend={kind}>
          <svg width="18" height="12" aria-hidden="true" className="shrink-0">
            <ChartPatterns id={`${id}-legend`} />
            <rect x="1" y="1" width="16" height="10" style={markFill(kind, `${id}-legend`)} />
          </svg>
          {t(kind)}
        </li>
      ))}
      {threshold && (
        <li className="flex items-center gap-1.5" data-legend="threshold">
          <svg width="18" height="12" aria-hidden="true" className="shrink-0">
            <line x1="0" x2="18" y1="6" y2="6" style={{ stroke: "var(--threshold)", strokeWidth: 2, strokeDasharray: "6 4" }} />
          </svg>
          {threshold}
        </li>
      )}
    </ul>
  );
}
