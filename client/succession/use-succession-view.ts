import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { observeSuccession, readSuccession, type SuccessionView } from "../../shared/board";
import { useSession } from "../sync/session-context";

/** One live read of the pipeline per document, shared by every component that shows it. */
class SuccessionStore {
  private view: SuccessionView;
  private readonly listeners = new Set<() => void>();
  private stop: (() => void) | null = null;

  constructor(private readonly doc: Y.Doc) {
    this.view = readSuccession(doc);
  }

  readonly get = (): SuccessionView => this.view;

  readonly subscribe = (onChange: () => void): (() => void) => {
    this.listeners.add(onChange);
    if (!this.stop) {
      this.view = readSuccession(this.doc);
      this.stop = observeSuccession(this.doc, () => {
        this.view = readSuccession(this.doc);
        for (const listener of [...this.listeners]) listener();
      });
    }
    return () => {
      this.listeners.delete(onChange);
      if (this.listeners.size > 0) return;
      this.stop?.();
      this.stop = null;
    };
  };
}

const stores = new WeakMap<Y.Doc, SuccessionStore>();

function storeFor(doc: Y.Doc): SuccessionStore {
  let store = stores.get(doc);
  if (!store) {
    store = new SuccessionStore(doc);
    stores.set(doc, store);
  }
  return store;
}

export function useSuccessionView(): SuccessionView {
  const store = storeFor(useSession().doc);
  return useSyncExternalStore(store.subscribe, store.get);
}
