import { useSyncExternalStore } from "react";
import { londonToday } from "../../shared/board";
import { watchLondonToday } from "./watch-london-today";

// The date is the store: React re-reads it after subscribing (so a midnight between render and effect
// is not missed) and each time the watcher says London's date has changed.
const subscribe = (onChange: () => void) => watchLondonToday(onChange);
const readToday = () => londonToday();

/** Today's date in Europe/London, re-rendering the caller when London's midnight passes. */
export function useLondonToday(): string {
  return useSyncExternalStore(subscribe, readToday);
}
