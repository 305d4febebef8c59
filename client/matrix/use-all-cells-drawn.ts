import { startTransition, useEffect, useState } from "react";

/** Boards up to this many placed cards draw every cell in their first render. */
const EAGER_CARDS = 150;

/**
 * Whether every cell draws its cards (its first screen and those in view). A big board first draws only
 * the cells in view, so it shows sooner, and the others just after it has painted, as a transition that
 * input and remote changes interrupt. A usual board draws everything at once, as before.
 */
export function useAllCellsDrawn(placedCount: number): boolean {
  const [drawn, setDrawn] = useState(() => placedCount <= EAGER_CARDS);
  useEffect(() => {
    if (drawn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before that frame paints; the task it queues runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDrawn(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn]);
  return drawn;
}
