import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { SyncHarness } from "./testing/harness";
import type { TestClient } from "./testing/test-client";

const SYNC_UPDATE = 2;

/** The updates a client was sent (not step 2s), read from its frames. */
function updatesSentTo(client: TestClient): Uint8Array[] {
  return client.socket.sent
    .filter((frame) => frame[0] === MESSAGE_TYPE.sync && frame[1] === SYNC_UPDATE)
    .map((frame) => {
      const decoder = decoding.createDecoder(frame);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      return decoding.readVarUint8Array(decoder);
    });
}

const clientsIn = (update: Uint8Array) => [...Y.parseUpdateMeta(update).to.keys()];

describe("relaying a tick's durable updates", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  it("[S7] reach a silent connection as one merged update; a sender gets the few others' one by one, never its own", async () => {
    harness = new SyncHarness("sqlite");
    const [alice, bob, carol] = await harness.syncedClients(3);
    const before = updatesSentTo(carol!).length;
    // Both edits arrive in the same event-loop turn, so they are stored in one append.
    getBoardTitleText(alice!.doc).insert(0, "A");
    getBoardTitleText(bob!.doc).insert(0, "B");
    await vi.waitFor(() => expect(readMeta(carol!.doc).title).toMatch(/^(AB|BA)Test plan$/));
    await vi.waitFor(() => expect(readMeta(alice!.doc).title).toBe(readMeta(carol!.doc).title));
    await vi.waitFor(() => expect(readMeta(bob!.doc).title).toBe(readMeta(carol!.doc).title));

    const toCarol = updatesSentTo(carol!).slice(before);
    expect(toCarol).toHaveLength(1);
    expect(clientsIn(toCarol[0] as Uint8Array).sort()).toEqual(
      [alice!.doc.clientID, bob!.doc.clientID].sort(),
    );
    for (const sender of [alice!, bob!]) {
      const own = updatesSentTo(sender).filter((update) => clientsIn(update).includes(sender.doc.clientID));
      expect(own).toEqual([]);
    }
  });

  it("[S7] when many connections send in one tick, everyone gets the same ONE merged update: one merge, not one per sender", async () => {
    harness = new SyncHarness("sqlite");
    const clients = await harness.syncedClients(11);
    const senders = clients.slice(0, 10);
    const silent = clients[10]!;
    const before = new Map(clients.map((client) => [client, updatesSentTo(client).length]));
    senders.forEach((sender, index) => getBoardTitleText(sender.doc).insert(0, String(index)));
    await vi.waitFor(() => expect(readMeta(silent.doc).title).toHaveLength("Test plan".length + 10));
    for (const sender of senders)
      await vi.waitFor(() => expect(readMeta(sender.doc).title).toBe(readMeta(silent.doc).title));

    const everyone = senders.map((sender) => sender.doc.clientID).sort();
    for (const client of clients) {
      const received = updatesSentTo(client).slice(before.get(client));
      expect(received).toHaveLength(1);
      // The sender's own part comes back inside it; Yjs ignores what it already holds.
      expect(clientsIn(received[0] as Uint8Array).sort()).toEqual(everyone);
    }
    expect(new Set(clients.map((client) => updatesSentTo(client).at(-1)?.join())).size).toBe(1);
  });
});
