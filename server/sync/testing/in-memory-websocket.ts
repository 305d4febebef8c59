import type { RoomManager } from "../room-manager";
import type { Permission, SyncConnection, SyncSocket } from "../sync-socket";

type Handler = ((event: { data?: ArrayBuffer; code?: number; reason?: string }) => void) | null;

/**
 * A browser-style WebSocket class whose "server" is a RoomManager in this process, so a stock
 * y-websocket WebsocketProvider (via its WebSocketPolyfill option) can be tested against the core.
 * Frames travel asynchronously, as over a network. The board id is the URL's last path segment.
 */
export function inMemoryWebSocket(manager: RoomManager, permission: Permission = "write") {
  return class InMemoryWebSocket {
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    readyState = 0;
    binaryType = "arraybuffer";
    onopen: Handler = null;
    onmessage: Handler = null;
    onclose: Handler = null;
    onerror: Handler = null;
    private connection?: SyncConnection;

    constructor(url: string) {
      const boardId = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
      const isOpen = () => this.readyState === 1;
      const socket: SyncSocket = {
        send: (data) => {
          const copy = data.slice();
          queueMicrotask(() => this.onmessage?.({ data: copy.buffer }));
        },
        close: (code, reason) => this.finish(code, reason),
        bufferedAmount: 0,
        // Frames are handed over one by one as the test sends them: there is no read to hold back.
        pauseReading: () => undefined,
        resumeReading: () => undefined,
        get isOpen() {
          return isOpen();
        },
      };
      queueMicrotask(() => {
        this.readyState = 1;
        this.connection = manager.connect(socket, boardId, permission);
        this.onopen?.({});
      });
    }

    send(data: Uint8Array): void {
      if (this.readyState === 1) this.connection?.receive(new Uint8Array(data));
    }

    close(): void {
      this.finish(1000, "");
    }

    private finish(code: number, reason: string): void {
      if (this.readyState === 3) return;
      this.readyState = 3;
      this.connection?.closed();
      queueMicrotask(() => this.onclose?.({ code, reason }));
    }
  };
}
