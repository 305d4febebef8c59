import { describe, expect, it } from "vitest";
import { INITIAL_CONNECTION, nextConnection, type ConnectionEvent } from "./connection-state";
import { CLOSE_CODE, MESSAGE_TOO_BIG } from "../../shared/protocol/close-codes";
import { connectionLabel, indicatorState } from "./connection-label";

function run(...events: ConnectionEvent[]) {
  return events.reduce(nextConnection, INITIAL_CONNECTION);
}

describe("connection state", () => {
  it("is connecting until the first sync, then connected", () => {
    expect(indicatorState(run({ type: "connecting" }))).toBe("connecting");
    expect(connectionLabel(run({ type: "connecting" }))).toBe("Connecting…");
    const synced = run({ type: "connecting" }, { type: "synced" });
    expect(synced.hasSynced).toBe(true);
    expect(connectionLabel(synced)).toBe("Connected");
  });

  it("says Reconnecting… after one drop and Offline after the next failed attempt", () => {
    const dropped = run({ type: "synced" }, { type: "connection-closed" }, { type: "connecting" });
    expect(connectionLabel(dropped)).toBe("Reconnecting…");
    const failed = nextConnection(dropped, { type: "connection-closed" });
    expect(indicatorState(failed)).toBe("offline");
  });

  it("counts local updates made while not synced and clears them once synced again", () => {
    const offline = run({ type: "synced" }, { type: "network", online: false });
    const edited = [1, 2, 3].reduce((state) => nextConnection(state, { type: "local-update" }), offline);
    expect(edited.unsynced).toBe(3);
    expect(connectionLabel(edited)).toBe(
      "Offline — your edits are kept on this device and will be sent when you reconnect",
    );
    expect(connectionLabel(offline)).toBe(
      "Offline — any edits you make are kept on this device and sent when you reconnect",
    );
    const reconnecting = nextConnection(edited, { type: "network", online: true });
    expect(connectionLabel(reconnecting)).toBe("Reconnecting… your edits will be sent once connected");
    const back = nextConnection(nextConnection(edited, { type: "network", online: true }), {
      type: "synced",
    });
    expect(back.unsynced).toBe(0);
    expect(indicatorState(back)).toBe("connected");
  });

  it("does not count updates made while connected", () => {
    expect(run({ type: "synced" }, { type: "local-update" }).unsynced).toBe(0);
  });

  it("stays on 'missing' after an unknown-board close, whatever happens next", () => {
    const missing = run(
      { type: "connecting" },
      { type: "closed-permanently", code: CLOSE_CODE.unknownBoard },
    );
    const later = nextConnection(nextConnection(missing, { type: "connecting" }), { type: "synced" });
    expect(later.phase).toBe("missing");
    expect(indicatorState(later)).toBe("offline");
  });

  it("ends as 'refused' with the code when the server rejects a change for good", () => {
    for (const code of [CLOSE_CODE.malformedMessage, CLOSE_CODE.messageTooLarge, MESSAGE_TOO_BIG]) {
      const refused = run({ type: "synced" }, { type: "closed-permanently", code });
      expect(refused.phase).toBe("refused");
      expect(refused.closeCode).toBe(code);
    }
  });

  it("ends as 'revoked' when the facilitator withdraws the link, and stays there", () => {
    const revoked = run({ type: "synced" }, { type: "closed-permanently", code: CLOSE_CODE.linkRevoked });
    expect(revoked.phase).toBe("revoked");
    expect(nextConnection(revoked, { type: "synced" }).phase).toBe("revoked");
    expect(connectionLabel(revoked)).toBe("Your link was withdrawn");
  });

  it("ends as 'unauthorized' when the server stops accepting this browser's credential", () => {
    const lost = run({ type: "synced" }, { type: "connection-closed" }, { type: "access-lost" });
    expect(lost.phase).toBe("unauthorized");
    expect(nextConnection(lost, { type: "connecting" }).phase).toBe("unauthorized");
    expect(indicatorState(lost)).toBe("offline");
  });
});
