import { expect } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

/** A board and the credential that opens it (undefined on a server without share links). */
export interface BoardAccess {
  id: string;
  token: string | undefined;
}

export async function createBoardAccess(
  httpUrl: string,
  template = "council-action-plan",
): Promise<BoardAccess> {
  const response = await fetch(`${httpUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Hostile input board", template }),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; facilitatorToken?: string };
  return { id: body.id, token: body.facilitatorToken };
}

/** `/sync/<id>` with the credential as the `token` query parameter. */
export function syncPath(board: BoardAccess): string {
  return board.token ? `/sync/${board.id}?token=${encodeURIComponent(board.token)}` : `/sync/${board.id}`;
}

export function wsUrl(httpUrl: string, board: BoardAccess): string {
  return `${httpUrl.replace(/^http/, "ws")}${syncPath(board)}`;
}

export interface Replica {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** A stock WebsocketProvider on its own Y.Doc, as a browser would connect. */
export function connectReplica(httpUrl: string, board: BoardAccess, doc = new Y.Doc()): Replica {
  const provider = new WebsocketProvider(`${httpUrl.replace(/^http/, "ws")}/sync`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: board.token ? { token: board.token } : {},
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
