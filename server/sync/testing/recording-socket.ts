import type { SyncSocket } from "../sync-socket";

/** The transport stand-in: records frames sent and how it was closed; delivery is up to the test. */
export class RecordingSocket implements SyncSocket {
  readonly sent: Uint8Array[] = [];
  closedWith?: { code: number; reason: string };
  bufferedAmount = 0;
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

  close(code: number, reason: string): void {
    this.closedWith ??= { code, reason };
  }
}
