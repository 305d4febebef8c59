import { useSyncExternalStore } from "react";
import type { ActionView } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { findActionInView } from "./find-action";

/**
 * One action's current view: its card re-renders when this action changes and no other card does (the
 * board view reader keeps an unchanged action's object). Undefined once the action is deleted.
 */
export function useActionView(id: string): ActionView | undefined {
  const { view } = useSession();
  return useSyncExternalStore(view.subscribe, () => findActionInView(view.get(), id));
}
