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
