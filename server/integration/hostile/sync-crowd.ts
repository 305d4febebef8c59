import { WebSocket } from "ws";
import * as Y from "yjs";
import { MESSAGE_TYPE, SYNC_MESSAGE } from "../../../shared/protocol/message-types";
import { awarenessFrame, awarenessUpdate, step1Frame, step2Frame, step2Update } from "./sync-frames";
import * as decoding from "lib0/decoding";

/**
 * A cheap y-websocket client for crowds: no Y.Doc per client, just the handshake (step 1 out,
 * step 2 of nothing back for the server's step 1) and counters of what arrived.
 */
export class CrowdClient {
  readonly clientId = 1 + Math.floor(Math.random() * 2 ** 31);
  /** Awareness client ids this client has heard about (the server coalesces changes into one frame). */
  readonly awarenessHeard = new Set<number>();
  private step2s = 0;
  private clock = 0;
  private waiters: (() => void)[] = [];

  get awarenessReceived(): number {
    return this.awarenessHeard.size;
  }

  private hearAwareness(data: Buffer): void {
    const frame = decoding.createDecoder(data);
    decoding.readVarUint(frame);
    const update = decoding.createDecoder(decoding.readVarUint8Array(frame));
    const entries = decoding.readVarUint(update);
    for (let index = 0; index < entries; index++) {
      this.awarenessHeard.add(decoding.readVarUint(update));
      decoding.readVarUint(update);
      decoding.readVarString(update);
    }
  }

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data: Buffer) => {
      if (data[0] === MESSAGE_TYPE.awareness) this.hearAwareness(data);
      else if (data[0] === MESSAGE_TYPE.sync && data[1] === SYNC_MESSAGE.step1) {
        const decoder = decoding.createDecoder(data);
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
        const serverVector = decoding.readVarUint8Array(decoder);
        socket.send(step2Frame(Y.encodeStateAsUpdate(EMPTY, serverVector)));
      } else if (step2Update(data)) {
        this.step2s++;
        for (const waiter of this.waiters.splice(0)) waiter();
      }
    });
  }

  static open(url: string): Promise<CrowdClient> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    socket.on("error", () => {});
    const client = new CrowdClient(socket);
    return new Promise((resolve, reject) => {
      socket.once("open", () => {
        socket.send(step1Frame());
        client.nextStep2().then(() => resolve(client), reject);
      });
      socket.once("unexpected-response", (_request, response) =>
        reject(new Error(`HTTP ${response.statusCode}`)),
      );
      socket.once("close", (code) => reject(new Error(`closed with ${code} before syncing`)));
    });
  }

  private nextStep2(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Announce a new presence state for this client's own id. */
  sendPresence(state: Record<string, unknown>): void {
    this.clock++;
    this.socket.send(
      awarenessFrame(awarenessUpdate([{ clientId: this.clientId, clock: this.clock, state }])),
    );
  }

  /** A step 1 round trip: everything this client sent before has been handled by the server. */
  async roundTrip(): Promise<void> {
    const answered = this.nextStep2();
    this.socket.send(step1Frame());
    await answered;
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once("close", () => resolve());
      this.socket.terminate();
    });
  }
}

const EMPTY = new Y.Doc();
