import type { SyncSocket } from "../sync-socket";

/** The transport stand-in: records frames sent and how it was closed; delivery is up to the test. */
export class RecordingSocket implements SyncSocket {
  readonly sent: Uint8Array[] = [];
  closedWith?: { code: number; reason: string };
  bufferedAmount = 0;
  /** Whether the room asked to stop reading this socket's frames. */
  readingPaused = false;
  /** Called after each recorded frame (e.g. by a test client that reads them). */
  onSend?: (data: Uint8Array) => void;

  get isOpen(): boolean {
    return this.closedWith === undefined;
  }

  send(data: Uint8Array): void {
    if (this.closedWith) throw new Error("send on a closed socket");
    this.sent.push(data);
    this.onSend?.(data);
  }

  pauseReading(): void {
    this.readingPaused = true;
  }

  resumeReading(): void {
    this.readingPaused = false;
  }

  close(code: number, reason: string): void {
    this.closedWith ??= { code, reason };
  }
}
