import { diffWordsWithSpace } from "diff";
import type { TextChange } from "./types";

/** Word-level differences from `before` to `after`; concatenating the equal and insert runs gives `after`. */
export function textChanges(before: string, after: string): TextChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    op: part.added ? "insert" : part.removed ? "delete" : "equal",
    text: part.value,
  }));
}
