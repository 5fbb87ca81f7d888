import type { ReactNode } from "react";

/** A wide table scrolls sideways inside this box on a phone; it is focusable so keyboard users can scroll it too. */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`scroll-region overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
