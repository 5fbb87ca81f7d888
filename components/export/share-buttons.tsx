"use client";
import { useState } from "react";
import { useHydrated } from "./use-hydrated";

type Labels = { copyLink: string; copied: string; copyFailed: string; shareSheet: string; link: string; copyText?: string };

/**
 * "Copy link" and the device's share sheet for a chart or page. `href` is site-relative (locale path, query,
 * anchor); the absolute URL is built from wherever the page is served. Without JavaScript it is a plain link.
 * With `text`, the share sheet gets the prefilled text too, and (with `labels.copyText`) a button copies text and link
 * together, to paste into Zalo or any chat. The link carries what the buttons need (data-enhance-config): on pages
 * without the framework, components/enhance/page-enhance.ts draws the same buttons from it.
 */
export function ShareButtons({ href, title, text, labels }: { href: string; title: string; text?: string; labels: Labels }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  if (!hydrated) {
    return (
      <a href={href} className="text-sm" data-share-link data-enhance="share" data-enhance-config={JSON.stringify({ title, text, labels: { ...labels, link: undefined } })}>
        {labels.link}
      </a>
    );
  }
  const url = new URL(href, window.location.origin).toString();
  const canShare = typeof navigator.share === "function";
  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  const share = async () => {
    try {
      await navigator.share(text ? { title, text, url } : { title, url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };
  const button = "rounded border border-line bg-panel px-2 py-1 text-sm font-medium text-ink hover:border-accent";
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-share-link={url}>
      <button type="button" onClick={() => copy(url)} className={button}>
        {labels.copyLink}
      </button>
      {text && labels.copyText && (
        <button type="button" onClick={() => copy(`${text}\n${url}`)} className={button} data-copy-text>
          {labels.copyText}
        </button>
      )}
      {canShare && (
        <button type="button" onClick={share} className={button} data-share-sheet>
          {labels.shareSheet}
        </button>
      )}
      <span role="status" className="text-sm text-muted">
        {state === "copied" ? labels.copied : state === "failed" ? labels.copyFailed : ""}
      </span>
    </span>
  );
}
