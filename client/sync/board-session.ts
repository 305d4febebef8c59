import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { CLOSE_CODE, isPermanentCloseCode } from "../../shared/protocol/close-codes";
import { hasRole, type Role } from "../../shared/api/roles";
import { ApiError } from "../api/api-error";
import { fetchAccess } from "../api/access";
import { onRemoteRestore, type BoardView } from "../../shared/board";
import { BoardViewReader } from "../../shared/board/board-view-reader";
import type { LocalUser } from "../identity/user-store";
import { INITIAL_CONNECTION, isFinal, nextConnection, type ConnectionEvent } from "./connection-state";
import { readPresence, type PresentUser } from "./presence";
import { syncServerUrl } from "./sync-url";
import { ValueStore } from "./value-store";

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

interface Link {
  provider: WebsocketProvider;
  cleanups: (() => void)[];
}

/** A socket that never opened (an upgrade refused with 401, or no network) closes with 1006. */
const ABNORMAL_CLOSURE = 1006;

/**
 * One open board: its Y.Doc, the stock y-websocket provider, presence, connection state, and one
 * UndoManager that tracks only this session's own edits made through `change`. Constructing it does no
 * I/O; `open` connects and `close` disconnects (React may do both twice in development). The socket
 * authenticates with the board's session cookie (same origin), never with a token in its URL.
 */
export class BoardSession {
  readonly doc = new Y.Doc();
  readonly undoManager: Y.UndoManager;
  readonly connection = new ValueStore(INITIAL_CONNECTION);
  readonly view: ValueStore<BoardView>;
  readonly presence = new ValueStore<PresentUser[]>([]);
  readonly undoState = new ValueStore<UndoState>({ canUndo: false, canRedo: false });
  /** Origin of this person's edits: the UndoManager tracks it, and nothing else. */
  private readonly origin = { source: "coplan:local-edit" };
  /** Viewers read and see presence; their `change` calls do nothing (the server would refuse them). */
  readonly canEdit: boolean;
  private link: Link | null = null;
  private user: LocalUser | undefined;
  private probing = false;

  constructor(
    readonly boardId: string,
    readonly role: Role,
    /**
     * The server rebuilt this viewer's redacted copy of the board (a confidential business was made
     * public): the local document holds deletions the new copy lacks, so start again from nothing.
     */
    private readonly onViewReset: () => void = () => window.location.reload(),
  ) {
    this.canEdit = hasRole(role, "editor");
    this.undoManager = new Y.UndoManager(this.doc, { trackedOrigins: new Set([this.origin]) });
    // Undoing an edit made before a restore would re-apply old content on top of the restored board.
    onRemoteRestore(this.doc, () => this.undoManager.clear());
    // Re-reads only the records a transaction touched, keeping unchanged cards' objects for memoised rendering.
    const reader = new BoardViewReader(this.doc);
    this.view = new ValueStore(reader.view);
    this.doc.on("afterTransaction", () => {
      const next = reader.take();
      if (next) this.view.set(next);
    });
    this.doc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (!this.link || origin !== this.link.provider) this.dispatch({ type: "local-update" });
    });
    const onStack = () =>
      this.undoState.set({ canUndo: this.undoManager.canUndo(), canRedo: this.undoManager.canRedo() });
    for (const name of ["stack-item-added", "stack-item-popped", "stack-cleared"] as const) {
      this.undoManager.on(name, onStack);
    }
  }

  get provider(): WebsocketProvider {
    if (!this.link) throw new Error("The board session is not open.");
    return this.link.provider;
  }

  /** Apply this person's edit: one transaction, undoable with the board Undo. */
  change(edit: () => void): void {
    if (this.canEdit) this.doc.transact(edit, this.origin);
  }

  setUser(user: LocalUser): void {
    this.user = user;
    this.link?.provider.awareness.setLocalStateField("user", { name: user.name, color: user.color });
  }

  undo(): void {
    this.undoManager.undo();
  }

  redo(): void {
    this.undoManager.redo();
  }

  open(): void {
    if (this.link) return;
    const provider = new WebsocketProvider(syncServerUrl(), this.boardId, this.doc, {
      disableBc: true,
      shouldReconnect: (event) => !isPermanentCloseCode(event.code),
    });
    // Cleanups run in reverse: the awareness (and its timer) goes after the provider stops using it.
    this.link = { provider, cleanups: [() => provider.awareness.destroy(), () => provider.destroy()] };
    this.connection.set(INITIAL_CONNECTION);
    if (this.user) this.setUser(this.user);
    this.watchProvider(this.link);
    this.watchNetwork(this.link);
  }

  close(): void {
    const link = this.link;
    if (!link) return;
    this.link = null;
    link.provider.awareness.setLocalState(null);
    for (const cleanup of link.cleanups.reverse()) cleanup();
  }

  private dispatch(event: ConnectionEvent): void {
    this.connection.set(nextConnection(this.connection.get(), event));
  }

  private watchProvider({ provider, cleanups }: Link): void {
    provider.on("status", ({ status }) => {
      if (status === "connecting") this.dispatch({ type: "connecting" });
    });
    provider.on("sync", (synced) => {
      if (synced) this.dispatch({ type: "synced" });
    });
    provider.on("connection-close", (event) => {
      if (event?.code === CLOSE_CODE.viewReset) {
        provider.disconnect();
        this.onViewReset();
        return;
      }
      this.dispatch({ type: "connection-closed" });
      if (event?.code === ABNORMAL_CLOSURE) void this.probeAccess(provider);
    });
    provider.on("closed", ({ code }) => this.dispatch({ type: "closed-permanently", code }));
    const awareness = provider.awareness;
    const onAwareness = () => this.presence.set(readPresence(awareness));
    awareness.on("change", onAwareness);
    onAwareness();
    cleanups.push(() => awareness.off("change", onAwareness));
  }

  /** A refused upgrade looks like a network failure to the browser: ask the API whether access is gone. */
  private async probeAccess(provider: WebsocketProvider): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await fetchAccess(this.boardId);
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      if ((status === 401 || status === 403) && this.link?.provider === provider) {
        this.dispatch({ type: "access-lost" });
        provider.disconnect();
      }
    } finally {
      this.probing = false;
    }
  }

  private watchNetwork({ provider, cleanups }: Link): void {
    const onOffline = () => {
      this.dispatch({ type: "network", online: false });
      provider.disconnect();
    };
    const onOnline = () => {
      this.dispatch({ type: "network", online: true });
      if (!isFinal(this.connection.get())) provider.connect();
    };
    window.addEventListener("offline", onOffline);
    window.addEventListener("online", onOnline);
    cleanups.push(() => {
      window.removeEventListener("offline", onOffline);
      window.removeEventListener("online", onOnline);
    });
  }
}
