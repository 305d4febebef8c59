import { ListLayout, Rect, type Key, type LayoutInfo, type ListLayoutOptions } from "react-aria-components";

export interface CardLayoutOptions extends ListLayoutOptions {
  /** A card to draw wherever it is (a focus path is bringing it into view), as a focused card is. */
  revealKey?: Key | null;
  /** False: draw no card but a focused or revealed one (a big board's first render, cells not in view). */
  drawCards?: boolean;
}

type Invalidation = Parameters<ListLayout<unknown, CardLayoutOptions>["update"]>[0];
type LayoutNode = Parameters<ListLayout<unknown>["isVisible"]>[0];

/**
 * A cell's card layout: React Aria's list layout, which draws the cards in view, plus always the first
 * screenful of the cell. A cell of a usual board (under a screen of cards) so keeps every card in the page,
 * as an unvirtualised list would, for finding by text and for a screen reader's reading mode; only the
 * cards past the first screen of a long cell are drawn as they come into view, or when asked for by key.
 * A big board's first render draws no card in cells out of view (drawCards) until they are idle-drawn.
 */

export class CardLayout<T> extends ListLayout<T, CardLayoutOptions> {
  private revealKey: Key | null = null;
  private drawCards = true;

  // Point queries (the drop target or item under the pointer) also come here; they keep only the
  // layouts that meet their own rectangle, so the wider answer does not change theirs.
  override getVisibleLayoutInfos(rect: Rect): LayoutInfo[] {
    // An empty rectangle meets no card: only the persisted (focused) and revealed ones are drawn.
    if (!this.drawCards && rect.height > 1)
      return super.getVisibleLayoutInfos(new Rect(rect.x, rect.y, 0, 0));
    const firstScreen = new Rect(rect.x, 0, rect.width, window.innerHeight);
    return super.getVisibleLayoutInfos(rect.union(firstScreen));
  }

  override update(context: Invalidation): void {
    this.revealKey = context.layoutOptions?.revealKey ?? null;
    this.drawCards = context.layoutOptions?.drawCards ?? true;
    super.update(context);
  }

  override shouldInvalidateLayoutOptions(next: CardLayoutOptions, previous: CardLayoutOptions): boolean {
    return (
      next.revealKey !== previous.revealKey ||
      next.drawCards !== previous.drawCards ||
      super.shouldInvalidateLayoutOptions(next, previous)
    );
  }

  // As for React Aria's persisted (focused) keys: lay out as far as the card, then count it as visible.
  protected override layoutIfNeeded(rect: Rect): void {
    super.layoutIfNeeded(rect);
    if (this.revealKey !== null) this.getLayoutInfo(this.revealKey);
  }

  protected override isVisible(node: LayoutNode, rect: Rect): boolean {
    return super.isVisible(node, rect) || (this.revealKey !== null && node.layoutInfo.key === this.revealKey);
  }
}
