const MAX_FRAMES = 30;
/**
 * Frames the card must keep its place before it is left alone: about 100 ms, since after a jump (End,
 * then Home) the cell re-places its cards for a few frames and the page was seen to move ~30 ms later.
 */
const STILL_FRAMES = 6;

/**
 * Keep a focused card in view while its cell settles, and stop as soon as focus moves on (WCAG 2.2
 * 2.4.11: a focused control is never hidden). A card far down a long cell stands where its cell
 * estimated it until the cards above it are drawn and measured, and React Aria scrolls the page to
 * that estimate (End in a long cell left the last card off screen), so follow it for a few frames.
 */
export function keepCardInView(card: HTMLElement, onDone?: () => void): void {
  let frames = 0;
  let still = 0;
  let lastTop: number | undefined;
  const follow = () => {
    frames++;
    if (!card.isConnected || document.activeElement !== card) return onDone?.();
    card.scrollIntoView({ block: "nearest", inline: "nearest" });
    const top = card.getBoundingClientRect().top;
    still = top === lastTop ? still + 1 : 0;
    lastTop = top;
    if (still >= STILL_FRAMES || frames >= MAX_FRAMES) return onDone?.();
    requestAnimationFrame(follow);
  };
  requestAnimationFrame(follow);
}
