import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways in its own box on a narrow screen, so the page itself reflows
 * (WCAG 1.4.10). Focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
