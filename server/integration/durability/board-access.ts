import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createBoard } from "../api";
import type { WebSocketClass } from "./server-sent-updates";

/** A board and the facilitator credential that opens it. */
export interface BoardAccess {
  id: string;
  token: string;
}

export async function createBoardAccess(httpUrl: string): Promise<BoardAccess> {
  const board = await createBoard(httpUrl, { title: "Hostile input board" });
  return { id: board.id, token: board.facilitatorToken };
}

/** `/sync/<id>` with the credential as the `token` query parameter. */
export function syncPath(board: BoardAccess): string {
  return `/sync/${board.id}?token=${encodeURIComponent(board.token)}`;
}

export function wsUrl(httpUrl: string, board: BoardAccess): string {
  return `${httpUrl.replace(/^http/, "ws")}${syncPath(board)}`;
}

export interface Replica {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** A stock WebsocketProvider on its own Y.Doc, as a browser would connect; `webSocket` may watch its frames. */
export function connectReplica(
  httpUrl: string,
  board: BoardAccess,
  doc = new Y.Doc(),
  webSocket: WebSocketClass = WebSocket,
): Replica {
  const provider = new WebsocketProvider(`${httpUrl.replace(/^http/, "ws")}/sync`, board.id, doc, {
    WebSocketPolyfill: webSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: board.token },
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
