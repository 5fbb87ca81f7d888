"use client";
import { useHydrated } from "./use-hydrated";

/**
 * Today's date in the reader's language once JavaScript runs; in the static HTML, a placeholder the reader fills in
 * (filled by components/enhance/page-enhance.ts on pages without the framework).
 */
export function AccessDate({ locale, placeholder, iso = false }: { locale: string; placeholder: string; iso?: boolean }) {
  const hydrated = useHydrated();
  if (!hydrated)
    return (
      <span data-access-date="" data-enhance="date" data-iso={iso ? "" : undefined}>
        {placeholder}
      </span>
    );
  const now = new Date();
  const text = iso ? now.toISOString().slice(0, 10) : new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(now);
  return <span data-access-date={now.toISOString().slice(0, 10)}>{text}</span>;
}
