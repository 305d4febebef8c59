import { useSyncExternalStore } from "react";

const STORAGE_KEY = "coplan.hideConfidentialNames";
const listeners = new Set<() => void>();
/** Used when the browser refuses storage: the switch still works until the page reloads. */
let unstored = false;

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === "on";
  } catch {
    return unstored;
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab on this device changing it (a presenter's second window) changes this one too.
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && onChange();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

export function setHideConfidentialNames(on: boolean): void {
  unstored = on;
  try {
    localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
  } catch {
    // A preference only: `unstored` keeps it for this page.
  }
  for (const listener of [...listeners]) listener();
}

/**
 * "Hide confidential names", per device and off by default: for a pipeline on a projector with partners
 * in the room, confidential businesses show on THIS screen as placeholders, as viewers see them.
 */
export function useHideConfidentialNames(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
