import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getActionNotes, listActions } from "../shared/board";
import { cursorUpdate } from "./generator/awareness";
import { editingHistory } from "./generator/history";
import { firstStructId, structRanges, Wire } from "./generator/protocol";
import { movesChain, typingChain } from "./generator/updates";
import { DeliveryLog, median, quantile } from "./stats";

function applyAll(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) {
    Y.applyUpdate(doc, update);
    // Each update depends only on the ones before it: nothing waits for a missing dependency.
    expect(doc.store.pendingStructs).toBeNull();
  }
  return doc;
}

describe("the bench load generator", () => {
  it("types a chain of keystrokes that rebuilds the notes, each update named by its first struct", () => {
    const chain = typingChain(1_000_007, 12);
    expect(chain.updates).toHaveLength(13);
    chain.updates.forEach((update, index) => {
      expect(firstStructId(update)).toEqual({ client: 1_000_007, clock: chain.clocks[index] });
    });
    const doc = applyAll(chain.updates);
    const [action] = listActions(doc);
    const notes = getActionNotes(doc, action?.id ?? "");
    expect(notes?.toString()).toBe("<paragraph>the quick br</paragraph>");
  });

  it("batches keystrokes when asked, and moves every card the number of times asked", () => {
    expect(typingChain(1_000_008, 20, 10).updates).toHaveLength(3);
    const moves = movesChain(1_000_009, 5, 23, 10);
    expect(moves.updates).toHaveLength(1 + 3);
    const doc = applyAll(moves.updates);
    const actions = listActions(doc);
    expect(actions).toHaveLength(5);
    // Moves 0-4 go to column-b, 5-9 back to column-a, ... 20-22 (cards 0-2) to column-b.
    expect(actions.filter((action) => action.columnId === "column-b")).toHaveLength(3);
  });

  it("builds a history of the asked size in chunks that merge into it", () => {
    const history = editingHistory(50_000, 3);
    expect(history.stateBytes).toBeGreaterThanOrEqual(50_000);
    const doc = applyAll(history.chunks);
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBe(history.stateBytes);
    // The merged chunks carry the same content, and never more bytes than the encoded state counts.
    const merged = new Y.Doc();
    Y.applyUpdate(merged, Y.mergeUpdates(history.chunks));
    expect(Y.encodeStateAsUpdate(merged)).toEqual(Y.encodeStateAsUpdate(doc));
    expect(history.completeBytes).toBeLessThanOrEqual(history.stateBytes);
    expect(history.completeBytes).toBe(
      Math.min(history.stateBytes, Y.mergeUpdates(history.chunks).byteLength),
    );
    expect(Y.encodeStateVector(doc)).toEqual(history.stateVector);
  });

  it.each(["y-websocket", "hocuspocus"] as const)("frames and reads back %s messages", (framing) => {
    const wire = new Wire(framing, "board-1");
    const update = typingChain(1_000_010, 1).updates[1] as Uint8Array;
    expect(wire.decode(wire.update(update))).toEqual({ kind: "update", update });
    expect(wire.decode(wire.step1(new Uint8Array([0])))).toEqual({ kind: "step1" });
    expect(wire.decode(wire.awareness(cursorUpdate(1_000_010, 1, 4)))).toEqual({ kind: "awareness" });
    expect(wire.hello() !== undefined).toBe(framing === "hocuspocus");
  });

  it("reads every client's clock range from a merged relay", () => {
    const first = typingChain(1_000_011, 3);
    const second = typingChain(1_000_012, 2);
    const merged = Y.mergeUpdates([...first.updates.slice(1), ...second.updates.slice(1)]);
    expect(structRanges(merged).sort((a, b) => a.client - b.client)).toEqual([
      { client: 1_000_011, from: first.clocks[1], to: (first.clocks[3] as number) + 1 },
      { client: 1_000_012, from: second.clocks[1], to: (second.clocks[2] as number) + 1 },
    ]);
    const log = new DeliveryLog();
    first.clocks.forEach((clock, index) =>
      log.sending(1_000_011, clock, 1, 0, first.updates[index]?.byteLength),
    );
    expect(
      log.isExactly(1_000_011, first.clocks[1] as number, (first.updates[1] as Uint8Array).byteLength),
    ).toBe(true);
    log.arrivedRange(1_000_011, first.clocks[1] as number, (first.clocks[3] as number) + 1, 5);
    expect(log.latencies()).toEqual([5, 5, 5]);
  });

  it("counts an update delivered only once every receiver has it", () => {
    const log = new DeliveryLog();
    log.sending(7, 0, 2, 100);
    log.sending(7, 1, 2, 110);
    log.arrived(7, 0, 103);
    log.arrived(7, 0, 108);
    log.arrived(7, 0, 109); // a duplicate is not a third receiver
    log.arrived(7, 1, 115);
    expect(log.latencies()).toEqual([8]);
    expect(log.deliveredRatio).toBe(3 / 4);
    expect(log.isComplete).toBe(false);
    expect(quantile([5, 1, 3, 2, 4], 0.99)).toBe(5);
    expect(median([4, Number.NaN, 1, 3])).toBe(3);
  });
});
