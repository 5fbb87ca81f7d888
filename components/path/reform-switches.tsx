import type { KeyboardEvent, MouseEvent, ReactNode } from "react";
import type { Say } from "@/lib/export/share-text";
import { progressShown, reachDiffersFromRule, reachText } from "@/lib/format/reach-text";
import type { ReformReach } from "@/lib/scoring/reform-reach";
import type { ReformText } from "./path-simulator";

/** A reform's texts (ReformText) and, for this choice, whether it is on, what it would add, and its link. */
export type ReformSwitchItem = ReformText & {
  on: boolean;
  reach: ReformReach;
  /** The page (or simulator link) of the same choice with this reform switched. */
  href: string;
};

type Props = {
  items: ReadonlyArray<ReformSwitchItem>;
  say: Say;
  /** true once the simulator runs: the links become switches that change the view in place. */
  interactive: boolean;
  onToggle?: (id: string) => void;
  /** Server-rendered details per reform id (what changes, rule, progress, caveat, with sources). */
  details?: Record<string, ReactNode>;
};


/**
 * The reforms as switches. Each is a link to the page of the same choice with that reform switched, so choosing works
 * before the simulator's script has loaded (a tap opens that scenario's page at once) and without JavaScript at all;
 * once the simulator runs, a press changes the view in place (Enter or Space, like a switch). A reform that cannot
 * add points from this start is no switch: it says so and why (e.g. the criterion already has 4/4).
 */
export function ReformSwitches({ items, say, interactive, onToggle, details }: Props) {
  return (
    <ul className="mt-2 space-y-3">
      {items.map((item) => {
        const describedBy = `reform-${item.id}-effect`;
        const reach = { criterion: item.criterion, progress: item.progressKind };
        const progress = !details?.[item.id] && (
          <span className="mt-1 block text-sm text-muted">
            {say("progressTitle")}: {say(`progress.${progressShown(reach, item.reach)}`)}. {item.progressNote}
          </span>
        );
        const info = details?.[item.id] && (
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer py-1">
              {say("whatChanges")} · {say("rule")} · {say("progressTitle")}
            </summary>
            {details[item.id]}
          </details>
        );
        if (item.reach.kind !== "adds") {
          return (
            <li key={item.id} className="rounded-lg border-2 border-dotted border-line p-3" data-reform={item.id} data-reach={item.reach.kind}>
              <div className="flex items-start gap-3">
                <span aria-hidden="true" className="mt-0.5 inline-flex h-6 w-10 shrink-0 items-center justify-center rounded-full border-2 border-line text-sm font-bold text-muted">
                  {item.done ? "✓" : "–"}
                </span>
                <span>
                  <span className="block font-semibold">{item.title}</span>
                  <span id={describedBy} className={`block text-sm ${item.done && item.reach.kind === "reached" ? "font-medium text-good" : ""}`} data-testid={`reach-${item.id}`}>
                    {reachText(item.reach, say, reach)}
                  </span>
                  {progress}
                </span>
              </div>
              {info}
            </li>
          );
        }
        const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
          // A modified click still opens the scenario's page (new tab, new window): only a plain press switches.
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
          event.preventDefault();
          onToggle?.(item.id);
        };
        const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
          if (event.key !== " ") return;
          event.preventDefault();
          onToggle?.(item.id);
        };
        return (
          <li key={item.id} className={`rounded-lg border-2 p-3 ${item.on ? "border-scenario" : "border-line"}`} data-reform={item.id} data-reach="adds">
            <a
              href={item.href}
              role={interactive ? "switch" : undefined}
              aria-checked={interactive ? item.on : undefined}
              aria-describedby={describedBy}
              onClick={interactive ? onClick : undefined}
              onKeyDown={interactive ? onKeyDown : undefined}
              // Inherit the item's ink (the site's link colour would win over a utility class): it reads as a switch.
              style={{ color: "inherit" }}
              className="flex w-full items-start gap-3 rounded text-left no-underline active:bg-panel"
              data-testid={`toggle-${item.id}`}
              data-on={item.on ? "true" : "false"}
            >
              <span aria-hidden="true" className={`mt-0.5 inline-flex h-6 w-10 shrink-0 items-center rounded-full border-2 border-ink p-0.5 ${item.on ? "justify-end bg-scenario" : "justify-start bg-paper"}`}>
                <span className={`h-4 w-4 rounded-full ${item.on ? "bg-paper" : "bg-ink"}`} />
              </span>
              <span>
                <span className="block font-semibold">{item.title}</span>
                <span id={describedBy} className="block text-sm">
                  {reachDiffersFromRule({ effect: item.effectKind, points: item.points }, item.reach) ? <span data-testid={`reach-${item.id}`}>{reachText(item.reach, say, reach)}</span> : item.effect}
                  {item.unconfirmed && <span className="ml-1 italic text-muted">({say("pointsUnconfirmed")})</span>}
                  <span className="block font-medium">{item.on ? say("on") : say("off")}</span>
                </span>
              </span>
            </a>
            {progress}
            {info}
          </li>
        );
      })}
    </ul>
  );
}
