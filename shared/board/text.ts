import type * as Y from "yjs";

/**
 * Replace the content of a Y.Text with `next` by deleting and inserting only the changed middle,
 * so a concurrent edit elsewhere in the same text survives (a whole-string overwrite would lose it).
 */
export function setText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shortest = Math.min(current.length, next.length);
  while (start < shortest && current[start] === next[start]) start++;
  let end = 0;
  while (end < shortest - start && current[current.length - 1 - end] === next[next.length - 1 - end]) {
    end++;
  }
  const run = () => {
    const removed = current.length - start - end;
    if (removed > 0) text.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted) text.insert(start, inserted);
  };
  if (text.doc) text.doc.transact(run);
  else run();
}
