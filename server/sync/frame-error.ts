import { CLOSE_CODE, type CloseCode } from "../../shared/protocol/close-codes";

export type FrameProblem =
  | "empty frame"
  | "malformed varint"
  | "unknown message type"
  | "unexpected message type"
  | "unknown sync message type"
  | "malformed state vector"
  | "malformed update"
  | "malformed awareness update"
  | "trailing bytes"
  | "too many structs"
  | "too many deletes"
  | "unordered delete set"
  | "clock out of range"
  | `rich text: ${string}`;

/** An incoming frame that cannot be decoded or is refused. Thrown before any of it is applied. */
export class FrameError extends Error {
  constructor(
    readonly problem: FrameProblem,
    readonly closeCode: CloseCode = CLOSE_CODE.malformedMessage,
  ) {
    super(problem);
    this.name = "FrameError";
  }
}
