/** A session a mounted component keeps connected. */
export interface Connectable {
  open(): void;
  close(): void;
}

const holders = new WeakMap<Connectable, number>();

/**
 * Open `session` for a mounted component; the returned cleanup lets it go. The close waits one task:
 * React StrictMode's development re-run of an effect (cleanup, then the effect again, at once) must not
 * drop a socket that is already syncing (maybe one opened before the page rendered) and dial another,
 * while a real unmount still closes it.
 */
export function keepOpen(session: Connectable): () => void {
  holders.set(session, (holders.get(session) ?? 0) + 1);
  session.open();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders.set(session, (holders.get(session) ?? 1) - 1);
    setTimeout(() => {
      if (holders.get(session) !== 0) return;
      holders.delete(session);
      session.close();
    }, 0);
  };
}
