import { useSyncExternalStore } from "react";
import type { BoardSession } from "../sync/board-session";
import { useSession } from "../sync/session-context";
import { MatrixShapeReader, type MatrixShape } from "./matrix-shape";

const readers = new WeakMap<BoardSession, MatrixShapeReader>();

function readerFor(session: BoardSession): MatrixShapeReader {
  let reader = readers.get(session);
  if (!reader) readers.set(session, (reader = new MatrixShapeReader()));
  return reader;
}

/** The matrix's axes and card slots; re-renders only when a card is added, removed or moved, or an axis changes. */
export function useMatrixShape(): MatrixShape {
  const session = useSession();
  const reader = readerFor(session);
  return useSyncExternalStore(session.view.subscribe, () => reader.read(session.view.get()));
}
