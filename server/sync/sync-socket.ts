/**
 * The only view the sync core has of a connection: no WebSocket library, no HTTP framework.
 * The transport adapts its socket to this and feeds incoming frames to `SyncConnection.receive`.
 */
export interface SyncSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written: used to drop slow readers. */
  readonly bufferedAmount: number;
  readonly isOpen: boolean;
  /** Stop reading frames from the peer (backpressure: its frames are waiting), and start again. */
  pauseReading(): void;
  resumeReading(): void;
}

/** Read or write: tracked per connection from day one; share links with roles build on it. */
export type Permission = "read" | "write";

/** What the transport gets back from `RoomManager.connect`. */
export interface SyncConnection {
  /** Feed one binary frame. Safe to call before the room has loaded: frames queue in order. */
  receive(data: Uint8Array): void;
  /** The transport saw the socket close. */
  closed(): void;
}
