import { useSyncExternalStore } from "react";
import { matchRoute, type Route } from "./route";

const NAVIGATE_EVENT = "coplan:navigate";

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const readPathname = () => location.pathname;

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, readPathname);
  return matchRoute(pathname);
}
