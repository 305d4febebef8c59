import { endCardReveal, requestCardReveal } from "./card-reveal";

const MAX_FRAMES = 30;
/** Frames the focused card must keep its place before we stop following it. */
const STILL_FRAMES = 2;

const findCard = (actionId: string) =>
  document.querySelector<HTMLElement>(
    `[data-testid="action.card"][data-action-id="${CSS.escape(actionId)}"]`,
  );

/**
 * Move focus to an action's card and scroll it into view, wherever it is in a long cell. After a move the
 * card is re-rendered in another cell, and a closing dialog restores focus first, so wait for frames until
 * the card exists and settle. A card placed far down a long cell stands where its cell estimated it until
 * the cards above it are drawn and measured: keep it in view until it stays put, unless focus moves on.
 */
export function focusActionCard(actionId: string): void {
  requestCardReveal(actionId);
  let frames = 0;
  let focused = false;
  let still = 0;
  let lastTop: number | undefined;
  const attempt = () => {
    frames++;
    const card = findCard(actionId);
    if (!focused && card && frames > 1 && !document.querySelector("[role=dialog]")) {
      card.focus({ preventScroll: true });
      focused = document.activeElement === card;
    }
    if (focused) {
      // Focus has moved on (the person pressed a key, or the card went): never pull it back.
      if (!card || document.activeElement !== card) return endCardReveal(actionId);
      card.scrollIntoView({ block: "nearest", inline: "nearest" });
      const top = card.getBoundingClientRect().top;
      still = top === lastTop ? still + 1 : 0;
      lastTop = top;
      if (still >= STILL_FRAMES) return endCardReveal(actionId);
    }
    if (frames < MAX_FRAMES) requestAnimationFrame(attempt);
    else endCardReveal(actionId);
  };
  requestAnimationFrame(attempt);
}
