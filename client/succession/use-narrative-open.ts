import { useEffect, useState } from "react";

const STORAGE_KEY = "coplan.strategyNarrative";

/** Whether the strategy narrative beside the pipeline is open: folding it gives the pipeline the width. Per device. */
export function useNarrativeOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => {
    try {
      return localStorage.getItem(STORAGE_KEY) !== "collapsed";
    } catch {
      return true;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, open ? "open" : "collapsed");
    } catch {
      // A preference only: nothing to do when storage is refused.
    }
  }, [open]);
  return [open, setOpen];
}
