import { CLOSE_CODE } from "../../shared/protocol/close-codes";

/**
 * What the person sees about the sync connection, derived from provider and browser events by a pure
 * reducer so the rules are testable without a socket.
 */
export type ConnectionPhase =
  | "connecting"
  | "connected"
  | "offline"
  | "missing"
  | "refused"
  /** The facilitator revoked the link this browser came in with. */
  | "revoked"
  /** The server no longer accepts this browser's credential (expired, or revoked while away). */
  | "unauthorized";

export interface ConnectionState {
  phase: ConnectionPhase;
  /** True once the first full sync with the server finished: before that the board is not shown. */
  hasSynced: boolean;
  /** Closed connections since the last successful sync. */
  failedAttempts: number;
  /** The browser reports no network. */
  networkDown: boolean;
  /** Local document updates made since the server last confirmed a sync. */
  unsynced: number;
  /** The close code that ended the session for good ("missing", "refused" or "revoked"). */
  closeCode?: number;
}

export type ConnectionEvent =
  | { type: "connecting" }
  | { type: "synced" }
  | { type: "connection-closed" }
  | { type: "closed-permanently"; code: number }
  | { type: "network"; online: boolean }
  | { type: "local-update" }
  | { type: "access-lost" };

/** One retry is a blip worth "Reconnecting…"; after the second failure say plainly that we are offline. */
export const OFFLINE_AFTER_FAILED_ATTEMPTS = 2;

export const INITIAL_CONNECTION: ConnectionState = {
  phase: "connecting",
  hasSynced: false,
  failedAttempts: 0,
  networkDown: false,
  unsynced: 0,
};

const FINAL_PHASES: ReadonlySet<ConnectionPhase> = new Set(["missing", "refused", "revoked", "unauthorized"]);

export function isFinal(state: ConnectionState): boolean {
  return FINAL_PHASES.has(state.phase);
}

function closedPhase(code: number): ConnectionPhase {
  if (code === CLOSE_CODE.unknownBoard) return "missing";
  if (code === CLOSE_CODE.linkRevoked) return "revoked";
  return "refused";
}

function waitingPhase(state: ConnectionState): ConnectionPhase {
  return state.networkDown || state.failedAttempts >= OFFLINE_AFTER_FAILED_ATTEMPTS
    ? "offline"
    : "connecting";
}

export function nextConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (isFinal(state) && event.type !== "local-update") return state;
  switch (event.type) {
    case "connecting":
      return { ...state, phase: waitingPhase(state) };
    case "synced":
      return {
        ...state,
        phase: "connected",
        hasSynced: true,
        failedAttempts: 0,
        networkDown: false,
        unsynced: 0,
      };
    case "connection-closed": {
      const closed = { ...state, failedAttempts: state.failedAttempts + 1 };
      return { ...closed, phase: waitingPhase(closed) };
    }
    case "closed-permanently":
      return {
        ...state,
        phase: closedPhase(event.code),
        closeCode: event.code,
      };
    case "access-lost":
      return { ...state, phase: "unauthorized" };
    case "network": {
      const next = { ...state, networkDown: !event.online };
      if (event.online && state.phase === "connected") return next;
      return { ...next, phase: event.online ? "connecting" : "offline" };
    }
    case "local-update":
      return state.phase === "connected" ? state : { ...state, unsynced: state.unsynced + 1 };
  }
}
