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
 * performance.now() once the matrix shows the whole board, else false. "Shows" means: every card is in
 * its cell's grid (the grid's aria-rowcount, which screen readers and keyboard navigation go by, or, for
 * a list that is not virtualised, its cards in the DOM) add up to `total`, and every grid on screen has
 * painted the cards in its visible part. A virtualised grid keeps only the cards in and near the viewport
 * in the DOM, so counting DOM nodes would wait for cards nobody can see; a grid that is on screen with no
 * card on screen is still waiting for its first layout, so it does not count as shown.
 * With `live` false, the read-only first view (drawn before the app runs) counts too, its lists by the
 * size their items declare (aria-setsize), as the grids by aria-rowcount; with `live` true only the app's
 * own matrix does, once the first view is gone.
 */
export function boardShown([total, card, live]: [number, string, boolean]): number | false {
  // No named inner functions: the bench's TypeScript loader would wrap them in a helper the page lacks.
  const firstView = document.querySelector('[data-testid="first-view"]');
  if (firstView && !live) {
    // Each list's first item carries the list's full size (aria-setsize): the rest follow after the first frame.
    let declared = 0;
    for (const list of firstView.querySelectorAll("ul")) {
      const first = list.querySelector('[data-testid="first-view.card"]');
      declared += Number(first?.getAttribute("aria-setsize") ?? list.children.length);
    }
    return declared >= total && firstView.getBoundingClientRect().height > 0 ? performance.now() : false;
  }
  if (firstView) return false;
  let rows = 0;
  let waiting = false;
  for (const grid of document.querySelectorAll('[data-testid="matrix.cell"] [role="grid"]')) {
    const cards = [...grid.querySelectorAll(card)].map((element) => element.getBoundingClientRect());
    const count = Number(grid.getAttribute("aria-rowcount") ?? cards.length);
    rows += count;
    const box = grid.getBoundingClientRect();
    const onScreen = [box, ...cards].map(
      (rect) => rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    );
    if (count > 0 && onScreen[0] && !onScreen.slice(1).includes(true)) waiting = true;
  }
  return rows >= total && !waiting ? performance.now() : false;
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
