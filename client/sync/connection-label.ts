import type { ConnectionState } from "./connection-state";

/** The `data-state` of the connection indicator (contracts.md): three values only. */
export type ConnectionIndicatorState = "connected" | "connecting" | "offline";

export function indicatorState(state: ConnectionState): ConnectionIndicatorState {
  if (state.phase === "connected") return "connected";
  if (state.phase === "connecting") return "connecting";
  return "offline";
}

function changes(count: number): string {
  return count === 1 ? "1 unsynced change" : `${count} unsynced changes`;
}

export function connectionLabel(state: ConnectionState): string {
  switch (state.phase) {
    case "connected":
      return "Connected";
    case "connecting": {
      const verb = state.hasSynced ? "Reconnecting…" : "Connecting…";
      return state.unsynced > 0 ? `${verb} ${changes(state.unsynced)} waiting` : verb;
    }
    case "offline":
      return state.unsynced > 0
        ? `Offline — ${changes(state.unsynced)} will be sent when you reconnect`
        : "Offline — changes will be sent when you reconnect";
    case "missing":
      return "This plan does not exist";
    case "refused":
      return "The server refused this connection";
    case "revoked":
      return "Your link was withdrawn";
    case "unauthorized":
      return "Your access has ended";
  }
}
