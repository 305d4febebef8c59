import { afterEach, describe, expect, it, vi } from "vitest";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { awarenessFrame } from "./testing/frames";
import { SyncHarness } from "./testing/harness";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const serverTitle = (harness: SyncHarness) => harness.manager.readDoc("board", (doc) => readMeta(doc).title);

describe("a room's share of each turn of the event loop", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  it("[S31] a burst of frames handed over at once is worked through over several turns, in order, none lost", async () => {
    // A zero budget: each turn takes one frame, so the burst must span turns.
    harness = new SyncHarness("sqlite", { turnBudgetMs: 0 });
    const [alice, bob] = await harness.syncedClients(2);
    const text = "burst";
    for (const letter of text) {
      const title = getBoardTitleText(alice!.doc);
      title.insert(title.length - "Test plan".length, letter);
    }
    // All five frames were handed over in this turn; at most one has been applied.
    expect((await serverTitle(harness))!.length).toBeLessThanOrEqual("Test plan".length + 1);
    await vi.waitFor(() => expect(readMeta(bob!.doc).title).toBe(`${text}Test plan`));
    expect(await serverTitle(harness)).toBe(`${text}Test plan`);
    expect(alice!.closeCode).toBeUndefined();
  });

  it("[S31] a connection whose frames pile up stops being read, and is read again once they drain", async () => {
    harness = new SyncHarness("sqlite", { turnBudgetMs: 0, pauseReadingAtFrames: 4 });
    const [alice, bob] = await harness.syncedClients(2);
    for (let index = 0; index < 8; index++) alice!.setPresence({ user: { name: `Alice ${index}` } });
    expect(alice!.socket.readingPaused).toBe(true);
    expect(bob!.socket.readingPaused).toBe(false);
    await vi.waitFor(() => expect(alice!.socket.readingPaused).toBe(false));
    await nextTurn();
    expect(bob!.awareness.getStates().get(alice!.doc.clientID)).toEqual({ user: { name: "Alice 7" } });
    expect(alice!.closeCode).toBeUndefined();
  });

  it("[S31] frames waiting for a later turn still count against the queue bound", async () => {
    harness = new SyncHarness("sqlite", { turnBudgetMs: 0, maxQueuedFrames: 5 });
    const [flooder, patient] = await harness.syncedClients(2);
    for (let index = 0; index < 10; index++)
      flooder!.send(awarenessFrame([[flooder!.doc.clientID, index + 1, {}]]));
    expect(flooder!.socket.closedWith).toEqual({
      code: CLOSE_CODE.rateLimited,
      reason: "rate limited: too many frames waiting",
    });
    getBoardTitleText(patient!.doc).insert(0, "Still here: ");
    await vi.waitFor(async () => expect(await serverTitle(harness)).toBe("Still here: Test plan"));
    expect(patient!.closeCode).toBeUndefined();
  });
});
