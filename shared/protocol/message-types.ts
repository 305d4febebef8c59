/** The y-websocket framing: the first varint of every frame. */
export const MESSAGE_TYPE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** Sync sub-messages (y-protocols/sync). */
export const SYNC_MESSAGE = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;
