import type { Database } from "better-sqlite3";
import type { BoardRecord } from "./doc-store";

/** Insert a board's catalogue row and initial state; the caller wraps it in its transaction. */
export function prepareInsertBoard(db: Database): (board: BoardRecord, initialState: Uint8Array) => void {
  const insertBoard = db.prepare<[string, string, string, string, string]>(
    "INSERT INTO boards (id, title, template, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insertState = db.prepare<[string, Uint8Array]>(
    "INSERT INTO doc_state (board_id, state, through_seq) VALUES (?, ?, 0)",
  );
  return (board, initialState) => {
    insertBoard.run(board.id, board.title, board.template, board.createdAt, board.updatedAt);
    insertState.run(board.id, initialState);
  };
}
