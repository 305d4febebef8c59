export type FrameProblem =
  | "empty frame"
  | "malformed varint"
  | "unknown message type"
  | "unexpected message type"
  | "unknown sync message type"
  | "malformed state vector"
  | "malformed update"
  | "malformed awareness update"
  | "trailing bytes";

/** An incoming frame that cannot be decoded. Thrown before any of it is applied. */
export class FrameError extends Error {
  constructor(readonly problem: FrameProblem) {
    super(problem);
    this.name = "FrameError";
  }
}
