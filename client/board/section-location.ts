import { useSyncExternalStore } from "react";

export interface SectionLocation {
  /** A tab id of BoardSections ("plan" when the fragment names none). */
  tab: string;
  /** The business whose panel is open in the Succession tab. */
  businessId: string | null;
}

const CHANGE_EVENT = "coplan:section";

let cached: { hash: string; location: SectionLocation } | null = null;

function readLocation(): SectionLocation {
  if (cached?.hash === location.hash) return cached.location;
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const tab = params.get("section") || "plan";
  const result = { tab, businessId: tab === "succession" ? params.get("business") : null };
  cached = { hash: location.hash, location: result };
  return result;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** The open section lives in the URL fragment (`#section=succession&business=…`), so a link opens it. */
export function useSectionLocation(): SectionLocation {
  return useSyncExternalStore(subscribe, readLocation);
}

export function goToSection(next: SectionLocation): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  params.delete("section");
  params.delete("business");
  if (next.tab !== "plan") params.set("section", next.tab);
  if (next.tab === "succession" && next.businessId) params.set("business", next.businessId);
  const hash = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
