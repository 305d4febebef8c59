import { generateKeyBetween } from "fractional-indexing";

/** Anything ordered by a fractional index, with its id as the tie-break for concurrent equal keys. */
export interface Ordered {
  id: string;
  order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortOrdered<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(compareOrdered);
}

/**
 * The order key that places an item at `index` among `siblings` (already sorted, the moving item
 * excluded). Keys of two concurrent inserts may collide; the id tie-break keeps the order total.
 */
export function orderKeyAt(siblings: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[clamped - 1]?.order ?? null;
  if (before === null) return generateKeyBetween(null, siblings[0]?.order ?? null);
  // Two concurrent inserts can leave equal keys with no room between them: go just past the run of
  // keys equal to `before`, still ahead of the next distinct key.
  const next = siblings.slice(clamped).find((sibling) => sibling.order > before);
  return generateKeyBetween(before, next?.order ?? null);
}
