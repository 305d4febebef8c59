import type { Key } from "react-aria-components";

interface DropTargetItem {
  key: Key;
  dropPosition: "before" | "after" | "on";
}

/**
 * The index (among the cell's actions without the moving ones) at which dropped actions go, for a drop
 * before or after `target`. Matches `moveAction`, which places an action among its siblings minus itself.
 */
export function dropIndex(
  cellIds: readonly string[],
  target: DropTargetItem,
  movingIds: readonly string[],
): number {
  const siblings = cellIds.filter((id) => !movingIds.includes(id));
  const at = siblings.indexOf(String(target.key));
  if (at === -1) return siblings.length;
  return target.dropPosition === "before" ? at : at + 1;
}
