import type { Role } from "../../shared/api/roles";
import { prefetchAccess, type EarlyAccessWatcher } from "../access/check-access";
import { loadUser } from "../identity/user-store";
import type { BoardSession } from "../sync/board-session";
import type { GrantedAccess } from "../access/resolve-access";
import { earlySessions, type EarlySession, type EarlySessionSlot } from "./early-session";

export interface EarlySyncDeps<S extends EarlySession> {
  /** The session code (Yjs, y-websocket), as a way to make a session. */
  loadSessions(): Promise<(boardId: string, role: Role) => S>;
  prefetchAccess(boardId: string, watcher: EarlyAccessWatcher): void;
  slot: EarlySessionSlot<S>;
}

/**
 * Open the board's sync from the page load, not from the board page's first render: as soon as the
 * session code has loaded and the role is known. The role is first the one POST /session granted, so the
 * socket connects while GET /me confirms that the browser kept the cookie (the server authorises the
 * socket by that cookie on its own); /me's answer then binds the session, or closes it when the answer
 * is anything but that same grant, and the page shows what /me said. Only a head start: whatever goes
 * wrong here, the page opens a session of its own.
 */
export function syncEarly<S extends EarlySession>(boardId: string, deps: EarlySyncDeps<S>): void {
  let create: ((boardId: string, role: Role) => S) | undefined;
  let role: Role | undefined;
  let grant: GrantedAccess | undefined;
  let done = false;
  const openWhenReady = () => {
    if (done || !create || !role) return;
    done = true;
    try {
      deps.slot.open(create(boardId, role), grant);
    } catch (error) {
      reportError(error);
    }
  };
  deps.loadSessions().then(
    (factory) => {
      create = factory;
      openWhenReady();
    },
    // The board page's own import of the same code reports a chunk that cannot load.
    () => {},
  );
  deps.prefetchAccess(boardId, {
    sessionStarted: (started) => {
      role = started;
      openWhenReady();
    },
    answered: (access) => {
      if (access.status === "granted") {
        grant = access;
        role = access.role;
        openWhenReady();
      } else {
        done = true;
      }
      deps.slot.bind(access);
    },
  });
}

const appDeps: EarlySyncDeps<BoardSession> = {
  loadSessions: () =>
    import("../sync/board-session").then(({ BoardSession }) => (boardId, role) => {
      const session = new BoardSession(boardId, role);
      // The stored name goes with the first presence message; the page sets it again if it changes.
      const user = loadUser(localStorage);
      if (user) session.setUser(user);
      return session;
    }),
  prefetchAccess,
  slot: earlySessions,
};

/** On a board's address, at page load: see syncEarly. */
export function startEarlySync(boardId: string): void {
  syncEarly(boardId, appDeps);
}
