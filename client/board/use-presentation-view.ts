import { useEffect, useState } from "react";

const STORAGE_KEY = "coplan.presenting";

/**
 * Presentation view for a projector: larger type everywhere (every size is in rem, so raising the root
 * font size scales the whole board) and the plan details folded into one line. Remembered per device.
 */
export function usePresentationView(): [boolean, (on: boolean) => void] {
  const [presenting, setPresenting] = useState(() => {
    try {
      return localStorage.getItem(STORAGE_KEY) === "on";
    } catch {
      return false;
    }
  });
  useEffect(() => {
    document.documentElement.toggleAttribute("data-presenting", presenting);
    try {
      localStorage.setItem(STORAGE_KEY, presenting ? "on" : "off");
    } catch {
      // A preference only: nothing to do when storage is refused.
    }
    return () => document.documentElement.removeAttribute("data-presenting");
  }, [presenting]);
  return [presenting, setPresenting];
}
