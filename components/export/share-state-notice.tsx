import type { Adjustment } from "@/lib/url-state/share-state";

export type NoticeLabels = {
  title: string;
  intro: string;
  showing: string;
  keys: Record<Adjustment["key"], string>;
  reasons: Record<Adjustment["reason"], string>;
};

/**
 * Where a share link's state (?chart=…&year=…&scenario=…) is applied to the static page and, when part of it had to be
 * dropped, said so. The role=status region is in the HTML from the start so the notice is announced; the page's own
 * script (components/enhance/page-enhance.ts) reads the query and fills it from the texts in data-enhance-config.
 * The default view (no query) needs no script: the attributes below already describe it.
 */
export function ShareStateNotice({ chartIds, scenarios = [], labels }: { chartIds: ReadonlyArray<string>; scenarios?: ReadonlyArray<string>; labels: NoticeLabels }) {
  return (
    <div
      role="status"
      className="no-print"
      data-testid="share-notice"
      data-ready="true"
      data-adjusted="false"
      data-chart=""
      data-year=""
      data-enhance="notice"
      data-enhance-config={JSON.stringify({ charts: chartIds, scenarios, labels })}
    />
  );
}
