/** The board's room could not be loaded, or failed to write and was discarded. Retry later. */
export class RoomUnavailableError extends Error {
  constructor(readonly boardId: string) {
    super(`board ${boardId} is unavailable`);
    this.name = "RoomUnavailableError";
  }
}
