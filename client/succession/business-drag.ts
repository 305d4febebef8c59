import { isTextDropItem, type DropItem } from "react-aria-components";

/** The drag type of a business card; only pipeline stages accept it (never matrix cells). */
export const BUSINESS_DRAG_TYPE = "application/x-coplan-business";

export function businessDragItem(id: string, name: string): Record<string, string> {
  return { [BUSINESS_DRAG_TYPE]: id, "text/plain": name };
}

export async function readDraggedBusinessIds(items: DropItem[]): Promise<string[]> {
  const cards = items.filter(isTextDropItem).filter((item) => item.types.has(BUSINESS_DRAG_TYPE));
  // eslint-disable-next-line no-restricted-syntax -- DropItem.getText reads drag data, not a Yjs root.
  const ids = await Promise.all(cards.map((item) => item.getText(BUSINESS_DRAG_TYPE)));
  return ids.filter(Boolean);
}
