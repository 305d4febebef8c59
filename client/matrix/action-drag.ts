import { isTextDropItem, type DropItem } from "react-aria-components";

/** What a dragged card carries, keyed by drag type. */
type DragItem = Record<string, string>;

/** The drag type of an action card; only matrix cells accept it. */
export const ACTION_DRAG_TYPE = "application/x-coplan-action";

export function actionDragItem(id: string, title: string): DragItem {
  return { [ACTION_DRAG_TYPE]: id, "text/plain": title };
}

export async function readDraggedActionIds(items: DropItem[]): Promise<string[]> {
  const cards = items.filter(isTextDropItem).filter((item) => item.types.has(ACTION_DRAG_TYPE));
  // eslint-disable-next-line no-restricted-syntax -- DropItem.getText reads drag data, not a Yjs root.
  const ids = await Promise.all(cards.map((item) => item.getText(ACTION_DRAG_TYPE)));
  return ids.filter(Boolean);
}
