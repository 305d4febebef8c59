/**
 * Scripts that run inside the page (serialised by Playwright: no imports, no closures).
 * The init script records when every WebSocket message arrives, before the app's own handlers.
 */
export function recordArrivals(): void {
  const arrivals: number[] = [];
  (window as unknown as { benchArrivals: number[] }).benchArrivals = arrivals;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener("message", () => arrivals.push(performance.now()));
    }
  };
}

/** Resolves with [DOM changed, next frame, arrival of the last message before the change] once `marker` shows. */
export function watchFor(marker: string): Promise<[number, number, number]> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.body.textContent?.includes(marker)) return;
      observer.disconnect();
      const changed = performance.now();
      const arrivals = (window as unknown as { benchArrivals: number[] }).benchArrivals;
      const arrival = arrivals.filter((at) => at <= changed).at(-1) ?? Number.NaN;
      requestAnimationFrame(() => resolve([changed, performance.now(), arrival]));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * [performance.now(), which view] once the matrix shows the whole board, else false; the time is read
 * once the main thread has rendered the frame that draws it (style, layout, paint; rasterising and
 * display follow off it), not when the DOM first holds it. "Shows" means:
 * every card is in its cell's list (a list declares its full size, which screen readers and keyboard
 * navigation go by: the live grid's aria-rowcount, the first view's aria-setsize on its items; a list
 * without one counts its cards in the DOM) adding up to `total`, and every list on screen has painted
 * the cards in its visible part. A list that keeps only the cards in and near the viewport in the DOM
 * would otherwise be waited for cards nobody can see; one that is on screen with no card on screen is
 * still waiting for its first layout, so it does not count as shown.
 * With `live` false the read-only first view (drawn before the app runs) counts, or the live board if
 * the page drew no first view; with `live` true only the app's own matrix, once the first view is gone.
 */
export function boardShown([total, card, live]: [number, string, boolean]):
  Promise<[number, string]> | false {
  // No named inner functions: the bench's TypeScript loader would wrap them in a helper the page lacks.
  const firstView = document.querySelector('[data-testid="first-view"]');
  if (firstView && live) return false;
  const lists = firstView
    ? [...firstView.querySelectorAll("ul")]
    : [...document.querySelectorAll('[data-testid="matrix.cell"] [role="grid"]')];
  const cardSelector = firstView ? '[data-testid="first-view.card"]' : card;
  let rows = 0;
  let waiting = false;
  for (const list of lists) {
    const cards = [...list.querySelectorAll(cardSelector)];
    const declared = firstView ? cards[0]?.getAttribute("aria-setsize") : list.getAttribute("aria-rowcount");
    const count = Number(declared ?? cards.length);
    rows += count;
    const boxes = [list, ...cards].map((element) => element.getBoundingClientRect());
    const onScreen = boxes.map(
      (rect) => rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    );
    if (count > 0 && onScreen[0] && !onScreen.slice(1).includes(true)) waiting = true;
  }
  if (rows < total || waiting) return false;
  // Polled in requestAnimationFrame: the frame that draws what this found is rendered right after this
  // callback, in the same task, and a task queued now runs once it has been (the first view's own task
  // drawing the rest of its cards queues behind it; other tasks queued earlier run first and count).
  const view = firstView ? "first view" : "live board";
  return new Promise((resolve) => setTimeout(() => resolve([performance.now(), view]), 0));
}

/**
 * Resolves once the page has settled: three idle periods in a row with (nearly) the whole 50 ms idle
 * budget left, so no drawing, chunk or garbage collection left over from loading shares the main thread.
 * Gives up after `timeoutMs` and resolves false.
 */
export async function settled(timeoutMs: number): Promise<boolean> {
  // No named inner functions: the bench's TypeScript loader would wrap them in a helper the page lacks.
  const until = performance.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3) {
    if (performance.now() > until) return false;
    const remaining = await new Promise<number>((resolve) =>
      requestIdleCallback((deadline) => resolve(deadline.timeRemaining())),
    );
    quiet = remaining >= 45 ? quiet + 1 : 0;
  }
  return true;
}
