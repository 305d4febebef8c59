import { ListLayout, Rect, type LayoutInfo } from "react-aria-components";

/**
 * A cell's card layout: React Aria's list layout, which draws the cards in view, plus always the first
 * screenful of the cell. A cell of a usual board (under a screen of cards) so keeps every card in the page,
 * as an unvirtualised list would, for finding by text and for a screen reader's reading mode; only the
 * cards past the first screen of a long cell are drawn as they come into view.
 */
export class CardLayout<T> extends ListLayout<T> {
  // Point queries (the drop target or item under the pointer) also come here; they keep only the
  // layouts that meet their own rectangle, so the wider answer does not change theirs.
  override getVisibleLayoutInfos(rect: Rect): LayoutInfo[] {
    const firstScreen = new Rect(rect.x, 0, rect.width, window.innerHeight);
    return super.getVisibleLayoutInfos(rect.union(firstScreen));
  }
}
