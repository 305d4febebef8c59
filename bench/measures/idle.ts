import { BenchClient, connectMany } from "../generator/client";
import { editingHistory } from "../generator/history";
import { atMostHalfOfBestPeer } from "../results";
import type { BoardRef } from "../servers/targets";
import type { MeasureContext } from "./context";

const BOARD_CONTENT_BYTES = 20_000;

async function settledRss(context: MeasureContext): Promise<number> {
  // Twice: the first collection frees what the second would otherwise find late.
  await context.server().request("gc");
  return (await context.server().request("gc")).rssBytes;
}

/** Measure 5: memory per idle connection (all on one board) and per loaded board (20 KB, one connection). */
export async function idle(context: MeasureContext): Promise<void> {
  const { options, target, sink } = context;
  const measure = "5 Idle cost";
  // A clean process: rooms left by earlier measures would unload midway and blur the deltas.
  await context.fresh();
  const [board] = await target.boards(context.server(), 1, "idle");
  if (!board) throw new Error("no board");
  const first = await BenchClient.connect(board, target.framing);
  await first.synced();
  const before = await settledRss(context);
  const clients = await connectMany(options.idleConnections, () =>
    BenchClient.connect(board, target.framing),
  );
  const after = await settledRss(context);
  const perConnection = (after - before) / options.idleConnections / 1024;
  sink.add({
    measure,
    metric: "per idle connection",
    unit: "KiB",
    lowerIsBetter: true,
    value: perConnection,
    goal: atMostHalfOfBestPeer(),
  });
  context.log(`idle: ${perConnection.toFixed(1)} KiB per connection`);
  for (const client of [first, ...clients]) client.close();

  const content = editingHistory(BOARD_CONTENT_BYTES, 7);
  const boards = await target.boards(context.server(), options.idleBoards, "loaded");
  const baseline = await settledRss(context);
  const holders = await connectMany(
    boards.length,
    async (index) => {
      const client = await BenchClient.connect(boards[index] as BoardRef, target.framing);
      for (const chunk of content.chunks) client.sendUpdate(chunk);
      return client;
    },
    20,
  );
  // Each holder's own resync is answered once its content is in.
  await Promise.all(
    holders.map(async (client) => {
      client.resync(content.stateVector);
      await client.synced();
    }),
  );
  const loaded = await settledRss(context);
  const perBoard = (loaded - baseline) / boards.length / 1024;
  sink.add({
    measure,
    metric: "per loaded board (20 KB, 1 connection)",
    unit: "KiB",
    lowerIsBetter: true,
    value: perBoard,
  });
  context.log(`idle: ${perBoard.toFixed(1)} KiB per loaded board`);
  for (const client of holders) client.close();
}
