const MAX_FRAMES = 20;

/**
 * Move focus to an action's card once it is on screen. After a move the card is re-rendered in another
 * cell, and a closing dialog restores focus first, so wait for frames until the card exists and settle.
 */
export function focusActionCard(actionId: string): void {
  let frames = 0;
  const attempt = () => {
    frames++;
    const card = document.querySelector<HTMLElement>(
      `[data-testid="action.card"][data-action-id="${CSS.escape(actionId)}"]`,
    );
    const dialogOpen = !!document.querySelector("[role=dialog]");
    if (card && !dialogOpen && frames > 1) {
      card.focus();
      if (document.activeElement === card) {
        card.scrollIntoView({ block: "nearest", inline: "nearest" });
        return;
      }
    }
    if (frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
