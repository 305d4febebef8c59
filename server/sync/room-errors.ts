/** The board's room could not be loaded, or failed to write and was discarded. Retry later. */
export class RoomUnavailableError extends Error {
  constructor(readonly boardId: string) {
    super(`board ${boardId} is unavailable`);
    this.name = "RoomUnavailableError";
  }
}

/** Too many rooms are in memory and none is idle; the HTTP layer answers 503. Retry later. */
export class ServerBusyError extends Error {
  constructor(readonly boardId: string) {
    super(`too many boards are open; board ${boardId} cannot be loaded now`);
    this.name = "ServerBusyError";
  }
}
