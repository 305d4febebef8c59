/**
 * Named origins for system writes, so undo managers and persistence can tell them from user edits.
 * A user's own edits use their UndoManager's tracked origin; remote updates use the provider.
 */
export const TRANSACTION_ORIGIN = {
  /** Template content written by the server when a board is created. */
  seed: "coplan:seed",
  /** A numbered document migration run by the server on load. */
  migration: "coplan:migration",
  /** A snapshot restore (a later issue). */
  restore: "coplan:restore",
  /** State read from storage while a room loads. */
  storage: "coplan:storage",
} as const;

export type SystemOrigin = (typeof TRANSACTION_ORIGIN)[keyof typeof TRANSACTION_ORIGIN];
