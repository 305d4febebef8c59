import { useCallback, useRef, useSyncExternalStore } from "react";
import { observeEconomy, readEconomy } from "../../shared/board";
import type { EconomyView } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";

/** The economy section, read again after every change to it (local or remote). */
export function useEconomy(): EconomyView {
  const { doc } = useSession();
  const cache = useRef<EconomyView | null>(null);
  const subscribe = useCallback(
    (notify: () => void) =>
      observeEconomy(doc, () => {
        cache.current = null;
        notify();
      }),
    [doc],
  );
  const read = useCallback(() => (cache.current ??= readEconomy(doc)), [doc]);
  return useSyncExternalStore(subscribe, read);
}
