import type * as Y from "yjs";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `value` with each lone UTF-16 surrogate replaced by U+FFFD, as it would arrive at every other replica. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * Replace the content of a Y.Text with `next` by deleting and inserting only the changed middle,
 * so a concurrent edit elsewhere in the same text survives (a whole-string overwrite would lose it).
 * The middle never starts or ends inside a surrogate pair, and `next` is made well formed: a lone
 * surrogate is kept by the replica that typed it but becomes U+FFFD on the wire, so replicas would
 * otherwise hold different text forever.
 */
export function setText(text: Y.Text, nextValue: string): void {
  const current = text.toString();
  const next = wellFormed(nextValue);
  if (current === next) return;
  let start = 0;
  const shortest = Math.min(current.length, next.length);
  while (start < shortest && current[start] === next[start]) start++;
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shortest - start && current[current.length - 1 - end] === next[next.length - 1 - end]) {
    end++;
  }
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const run = () => {
    const removed = current.length - start - end;
    if (removed > 0) text.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted) text.insert(start, inserted);
  };
  if (text.doc) text.doc.transact(run);
  else run();
}
