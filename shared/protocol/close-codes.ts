/**
 * WebSocket close codes the sync server uses. 4000–4999 are application codes. The client treats
 * the codes `isPermanentCloseCode` names as final (stop reconnecting) and the rest as "retry later".
 */
export const CLOSE_CODE = {
  /** The board does not exist (never created, or deleted). Do not retry. */
  unknownBoard: 4404,
  /** A frame could not be decoded: unknown message type, bad varint, truncated or garbage update. */
  malformedMessage: 4400,
  /** A frame, or the document it would produce, is larger than the server accepts. */
  messageTooLarge: 4413,
  /** The connection may not do what it tried (e.g. a read-only connection sent an update). */
  forbidden: 4403,
  /** The board could not be loaded from storage; nothing was written. Retry later. */
  loadFailed: 4500,
  /** The server is shutting down after flushing; reconnect to the next instance. */
  serverShutdown: 4503,
  /** The client fell too far behind reading what the server sent; reconnect and resync. */
  slowReader: 4504,
  /** The share link this connection was opened with (or its session) was revoked. Do not retry. */
  linkRevoked: 4401,
  /** The client sent far more than the rate limit allows, well past its burst. Do not retry. */
  rateLimited: 4429,
  /** Too many rooms or connections in memory right now. Retry later. */
  serverBusy: 4502,
  /**
   * A read-only connection's view of the board was rebuilt (a confidential business was made
   * public): discard the local copy and connect again with an empty document.
   */
  viewReset: 4505,
} as const;

export type CloseCode = (typeof CLOSE_CODE)[keyof typeof CLOSE_CODE];

/** The WebSocket standard's "message too big": the ws library sends it for a frame over the size limit. */
export const MESSAGE_TOO_BIG = 1009;

/**
 * Whether a client should stop reconnecting after this close. Follows y-websocket's own convention
 * (4400–4499 mirror HTTP 4xx: retrying cannot help; 4500–4599 mean "try again later"), plus 1009,
 * because a client that resends the same oversized update on every reconnect would loop forever.
 */
export function isPermanentCloseCode(code: number): boolean {
  return (code >= 4400 && code < 4500) || code === MESSAGE_TOO_BIG;
}

export const CLOSE_REASON: Record<CloseCode, string> = {
  [CLOSE_CODE.unknownBoard]: "unknown board",
  [CLOSE_CODE.malformedMessage]: "malformed message",
  [CLOSE_CODE.messageTooLarge]: "message too large",
  [CLOSE_CODE.forbidden]: "forbidden",
  [CLOSE_CODE.loadFailed]: "board could not be loaded",
  [CLOSE_CODE.serverShutdown]: "server shutting down",
  [CLOSE_CODE.slowReader]: "too slow reading updates",
  [CLOSE_CODE.linkRevoked]: "link revoked",
  [CLOSE_CODE.rateLimited]: "rate limited",
  [CLOSE_CODE.serverBusy]: "server busy",
  [CLOSE_CODE.viewReset]: "view reset: reload the board",
};
