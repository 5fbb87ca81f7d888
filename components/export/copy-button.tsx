"use client";
import { useState } from "react";
import { useHydrated } from "./use-hydrated";

type Props = { text: string; label: string; copiedLabel: string; failedLabel: string; describedBy?: string };

/**
 * Copies a text to the clipboard; rendered only when JavaScript runs (the text itself is always selectable). Before
 * that, an empty hidden placeholder says what to draw: components/enhance/page-enhance.ts draws the same button from
 * it on pages without the framework.
 */
export function CopyButton({ text, label, copiedLabel, failedLabel, describedBy }: Props) {
  const hydrated = useHydrated();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  if (!hydrated) return <span hidden data-enhance="copy" data-enhance-config={JSON.stringify({ text, label, describedBy, labels: { copied: copiedLabel, copyFailed: failedLabel } })} />;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} aria-describedby={describedBy} className="rounded border border-line bg-panel px-2 py-1 text-sm font-medium text-ink hover:border-accent">
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === "copied" ? copiedLabel : state === "failed" ? failedLabel : ""}
      </span>
    </span>
  );
}
