import { afterEach, describe, expect, it, vi } from "vitest";
import type { SyncLimits } from "./limits";
import { awarenessFrame } from "./testing/frames";
import { SyncHarness } from "./testing/harness";

describe("room presence", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  async function boardWithClients(count: number, limits: Partial<SyncLimits> = {}) {
    harness = new SyncHarness("memory", limits);
    return harness.syncedClients(count);
  }

  it("[S21] a connection cannot set or remove another connection's awareness state", async () => {
    const [alice, bob, mallory] = await boardWithClients(3);
    alice!.setPresence({ user: { name: "Alice" } });
    await vi.waitFor(() =>
      expect(bob!.awareness.getStates().get(alice!.doc.clientID)).toEqual({ user: { name: "Alice" } }),
    );
    const aliceId = alice!.doc.clientID;
    mallory!.send(awarenessFrame([[aliceId, 1000, { user: { name: "Not Alice" } }]]));
    mallory!.send(awarenessFrame([[aliceId, 1001, null]]));
    mallory!.setPresence({ user: { name: "Mallory" } });
    await vi.waitFor(() =>
      expect(bob!.awareness.getStates().get(mallory!.doc.clientID)).toEqual({ user: { name: "Mallory" } }),
    );
    expect(bob!.awareness.getStates().get(aliceId)).toEqual({ user: { name: "Alice" } });
    expect(mallory!.closeCode).toBeUndefined();
  });

  it("[S21] a connection owns only its first awareness client ids (maxAwarenessClients), and they leave with it", async () => {
    const [alice, mallory] = await boardWithClients(2);
    mallory!.setPresence({ user: { name: "Mallory" } });
    const fakes = Array.from({ length: 20 }, (_, index) => 1_000_000 + index);
    mallory!.send(awarenessFrame(fakes.map((id) => [id, 1, { user: { name: `Bot ${id}` } }])));
    await vi.waitFor(() => expect(alice!.awareness.getStates().has(mallory!.doc.clientID)).toBe(true));
    expect(fakes.filter((id) => alice!.awareness.getStates().has(id))).toEqual([]);

    mallory!.disconnect();
    await vi.waitFor(() => expect(alice!.awareness.getStates().has(mallory!.doc.clientID)).toBe(false));
  });

  it("[S21] an awareness state over maxAwarenessStateBytes is dropped; smaller ones pass", async () => {
    const [alice, bob] = await boardWithClients(2, { maxAwarenessStateBytes: 200 });
    alice!.setPresence({ user: { name: "A".repeat(300) } });
    alice!.setPresence({ user: { name: "Alice" } });
    await vi.waitFor(() =>
      expect(bob!.awareness.getStates().get(alice!.doc.clientID)).toEqual({ user: { name: "Alice" } }),
    );
    const names: unknown[] = [];
    bob!.awareness.on("change", () => names.push(bob!.awareness.getStates().get(alice!.doc.clientID)));
    alice!.setPresence({ user: { name: "B".repeat(300) } });
    alice!.setPresence({ user: { name: "Alice again" } });
    await vi.waitFor(() => expect(names).toEqual([{ user: { name: "Alice again" } }]));
    expect(alice!.closeCode).toBeUndefined();
  });
});
