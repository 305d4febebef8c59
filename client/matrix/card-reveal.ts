import { useSyncExternalStore } from "react";
import { ValueStore } from "../sync/value-store";

/**
 * The card a focus path (after "Move to…", closing its panel, "Show on the board") is bringing into
 * view. A long cell draws only its first screen and the cards in view; the cell holding this card draws
 * it too, so it can be focused and scrolled to. Once focused, React Aria keeps it drawn by itself.
 */
const requested = new ValueStore<string | null>(null);

export function requestCardReveal(actionId: string): void {
  requested.set(actionId);
}

export function endCardReveal(actionId: string): void {
  if (requested.get() === actionId) requested.set(null);
}

/** The requested card's id when it is one of `ids`, else null: only the cell that holds it re-renders. */
export function useCardToReveal(holds: (actionId: string) => boolean): string | null {
  return useSyncExternalStore(requested.subscribe, () => {
    const id = requested.get();
    return id !== null && holds(id) ? id : null;
  });
}
