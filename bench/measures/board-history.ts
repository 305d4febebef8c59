import { BenchClient } from "../generator/client";
import { editingHistory, type History } from "../generator/history";
import type { BoardRef } from "../servers/targets";
import type { MeasureContext } from "./context";

/** Built once per size and run: every target (and measure 4 and 7 alike) gets the same history. */
const histories = new Map<number, History>();

/** The editing history of about `bytes` (measure 4's boards, measure 7's large board). */
export function history(bytes: number): History {
  let cached = histories.get(bytes);
  if (!cached) histories.set(bytes, (cached = editingHistory(bytes)));
  return cached;
}

/** A board size as the table names it: 160 KB, 1.6 MB, 16 MB. */
export const sizeLabel = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1)} MB` : `${bytes / 1e3} KB`;

/** Send the history from one client and wait until the server has applied (and, if it does, stored) it. */
export async function seed(context: MeasureContext, board: BoardRef, content: History): Promise<BenchClient> {
  const writer = await BenchClient.connect(board, context.target.framing);
  await writer.synced();
  for (const chunk of content.chunks) {
    writer.sendUpdate(chunk);
    while (writer.socket.bufferedAmount > 1024 * 1024) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // Answered only after the frames before it: the history is in (Coplan: durably) once this arrives.
  writer.resync(content.stateVector);
  await writer.synced();
  return writer;
}
