import type { ConnectionState } from "./connection-state";

/** The `data-state` of the connection indicator (contracts.md): three values only. */
export type ConnectionIndicatorState = "connected" | "connecting" | "offline";

export function indicatorState(state: ConnectionState): ConnectionIndicatorState {
  if (state.phase === "connected") return "connected";
  if (state.phase === "connecting") return "connecting";
  return "offline";
}

export function connectionLabel(state: ConnectionState): string {
  switch (state.phase) {
    case "connected":
      return "Connected";
    case "connecting": {
      const verb = state.hasSynced ? "Reconnecting…" : "Connecting…";
      return state.unsynced > 0 ? `${verb} your edits will be sent once connected` : verb;
    }
    case "offline":
      // `unsynced` counts document updates (roughly keystrokes), so it is not shown as a number of edits.
      return state.unsynced > 0
        ? "Offline — your edits are kept on this device and will be sent when you reconnect"
        : "Offline — any edits you make are kept on this device and sent when you reconnect";
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
