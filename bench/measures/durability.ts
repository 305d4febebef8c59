import * as Y from "yjs";
import { BenchClient } from "../generator/client";
import { delay, until } from "../generator/pace";
import { firstStructId } from "../generator/protocol";
import { benchClientId, typingChain } from "../generator/updates";
import { atMost } from "../results";
import { onPort, type BoardRef } from "../servers/targets";
import type { MeasureContext } from "./context";

const UPDATES_PER_SECOND = 50;
const STREAM_BEFORE_KILL_MS = 1500;
const RESTORE_QUIET_MS = 500;

/** The board as a fresh client gets it after the restart, once the content stops changing. */
async function restoredState(board: BoardRef, context: MeasureContext, client: number): Promise<number> {
  const doc = new Y.Doc();
  let changedAt = performance.now();
  const reader = await BenchClient.connect(board, context.target.framing, {
    onUpdate: (update) => {
      Y.applyUpdate(doc, update);
      changedAt = performance.now();
    },
  });
  await reader.synced();
  if (reader.state) Y.applyUpdate(doc, reader.state);
  // A reference server may answer before it has loaded the board: wait for its content to settle.
  await until(() => performance.now() - changedAt > RESTORE_QUIET_MS, 5000);
  reader.close();
  const clock = Y.getState(doc.store, client);
  doc.destroy();
  return clock;
}

/**
 * Measure 6: a writer streams keystrokes while an observer records what was relayed to it; the
 * server is SIGKILLed mid-stream and restarted. Lost = relayed updates the restarted server lacks.
 */
export async function durability(context: MeasureContext): Promise<void> {
  const { target, sink } = context;
  const measure = "6 Durability (SIGKILL mid-stream)";
  const [board] = await target.boards(context.server(), 1, "durable");
  if (!board) throw new Error("no board");
  const client = benchClientId(0);
  const chain = typingChain(client, (UPDATES_PER_SECOND * STREAM_BEFORE_KILL_MS) / 1000 + 200);
  const relayed = new Set<number>();
  const observer = await BenchClient.connect(board, target.framing, {
    onUpdate: (update) => {
      const id = firstStructId(update);
      if (id?.client === client) relayed.add(id.clock);
    },
  });
  const writer = await BenchClient.connect(board, target.framing);
  await Promise.all([observer.synced(), writer.synced()]);
  let sent = 0;
  const started = performance.now();
  const killAt = started + STREAM_BEFORE_KILL_MS;
  let killed: Promise<unknown> | undefined;
  while (sent < chain.updates.length && writer.isOpen) {
    writer.sendUpdate(chain.updates[sent] as Uint8Array);
    sent++;
    if (!killed && performance.now() >= killAt) killed = context.server().kill();
    await delay(1000 / UPDATES_PER_SECOND);
    if (killed) break;
  }
  await killed;
  observer.close();
  writer.close();
  const server = await context.restart("graceful");
  const stored = await restoredState(onPort(board, server.port), context, client);
  // An update is kept when the restored state reaches its end (the next update's start clock).
  const endOf = (index: number) => chain.clocks[index + 1] ?? Number.POSITIVE_INFINITY;
  let lostRelayed = 0;
  let lostSent = 0;
  for (let index = 0; index < sent; index++) {
    if (endOf(index) <= stored) continue;
    lostSent++;
    if (relayed.has(chain.clocks[index] as number)) lostRelayed++;
  }
  context.log(
    `durability: sent ${sent}, relayed ${relayed.size}, lost relayed ${lostRelayed}, lost sent ${lostSent}`,
  );
  sink.add({
    measure,
    metric: "relayed updates lost",
    unit: "updates",
    lowerIsBetter: true,
    value: lostRelayed,
    note: `of ${relayed.size} relayed`,
    goal: atMost(0, "updates"),
  });
  sink.add({
    measure,
    metric: "sent updates lost",
    unit: "updates",
    lowerIsBetter: true,
    value: lostSent,
    note: `of ${sent} sent`,
  });
}
