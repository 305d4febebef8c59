import { useLayoutEffect, useState, type RefObject } from "react";

/** Boards up to this many placed cards draw every cell's cards in their first render. */
export const EAGER_CARDS = 150;

/** Cells waiting to draw their cards on a big board's first render, drawn one per idle period. */
const waiting: (() => void)[] = [];
let scheduled = false;

const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(callback) : setTimeout(callback, 16);

function drawNext(): void {
  waiting.shift()?.();
  scheduled = waiting.length > 0;
  // React renders that cell in a task of its own; the next cell waits for the idle time after it.
  if (scheduled) whenIdle(drawNext);
}

/**
 * Whether a cell draws its cards (its first screen and those in view). A big board's first render draws
 * only the cells in view, so it shows sooner; every other cell then draws in idle time, one per idle
 * period, so input and remote changes wait for at most one cell. Once drawn, a cell stays drawn, and the
 * page holds every cell's first screen as before (find in page, a screen reader's reading mode).
 */
export function useCellDrawn(ref: RefObject<Element | null>, deferred: boolean): boolean {
  const [drawn, setDrawn] = useState(!deferred);
  useLayoutEffect(() => {
    const element = ref.current;
    if (drawn || !element) return;
    const draw = () => setDrawn(true);
    // Answers once the page is laid out: a virtualised cell has no height before it is measured.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) draw();
    });
    observer.observe(element);
    waiting.push(draw);
    if (!scheduled) {
      scheduled = true;
      whenIdle(drawNext);
    }
    return () => {
      observer.disconnect();
      const index = waiting.indexOf(draw);
      if (index !== -1) waiting.splice(index, 1);
    };
  }, [ref, drawn]);
  return drawn;
}
