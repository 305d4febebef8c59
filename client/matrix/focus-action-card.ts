import { endCardReveal, requestCardReveal } from "./card-reveal";

import { keepCardInView } from "./keep-card-in-view";

const MAX_FRAMES = 30;

const findCard = (actionId: string) =>
  document.querySelector<HTMLElement>(
    `[data-testid="action.card"][data-action-id="${CSS.escape(actionId)}"]`,
  );

/**
 * Move focus to an action's card and scroll it into view, wherever it is in a long cell. After a move the
 * card is re-rendered in another cell, and a closing dialog restores focus first, so wait for frames until
 * the card exists; then keep it in view while its cell settles, unless focus moves on.
 */
export function focusActionCard(actionId: string): void {
  requestCardReveal(actionId);
  let frames = 0;
  const attempt = () => {
    frames++;
    const card = findCard(actionId);
    if (card && frames > 1 && !document.querySelector("[role=dialog]")) {
      card.focus({ preventScroll: true });
      if (document.activeElement === card) return keepCardInView(card, () => endCardReveal(actionId));
    }
    if (frames < MAX_FRAMES) requestAnimationFrame(attempt);
    else endCardReveal(actionId);
  };
  requestAnimationFrame(attempt);
}
