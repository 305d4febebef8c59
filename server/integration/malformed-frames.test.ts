import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createAction, readBoard } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { createBoard } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration, type TestClient } from "./harness";
import { openRawSocket } from "./raw-socket";

const MAX_MESSAGE_BYTES = 64 * 1024;

function stateVector(doc: Y.Doc): Record<string, number> {
  return Object.fromEntries(
    [...Y.decodeStateVector(Y.encodeStateVector(doc))]
      .sort(([a], [b]) => a - b)
      .map(([id, clock]) => [id, clock]),
  );
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A real update (a new action) made on a copy of `client`'s document, never applied to the board. */
function realUpdate(client: TestClient): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc));
  let update: Uint8Array = new Uint8Array();
  copy.on("update", (next: Uint8Array) => (update = next));
  const { themes, columns } = readBoard(copy);
  createAction(copy, { title: "Sneaky action", themeId: themes[0]!.id, columnId: columns[0]!.id });
  copy.destroy();
  return update;
}

type BadFrame = { name: string; expectedCode: number; frame: (client: TestClient) => Uint8Array | string };

const BAD_FRAMES: BadFrame[] = [
  {
    name: "garbage bytes",
    expectedCode: CLOSE_CODE.malformedMessage,
    frame: () => Uint8Array.from([0x63, 0x6f, 0x70, 0x6c, 0x61, 0x6e, 0xff, 0xff, 0xff]),
  },
  {
    name: "garbage inside a well-framed update",
    expectedCode: CLOSE_CODE.malformedMessage,
    frame: () =>
      syncFrame((encoder) =>
        syncProtocol.writeUpdate(encoder, Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 0x99])),
      ),
  },
  {
    name: "a truncated update frame",
    expectedCode: CLOSE_CODE.malformedMessage,
    frame: (client) => {
      const frame = syncFrame((encoder) => syncProtocol.writeUpdate(encoder, realUpdate(client)));
      return frame.subarray(0, Math.floor(frame.length / 2));
    },
  },
  {
    name: "an update cut short with a matching length",
    expectedCode: CLOSE_CODE.malformedMessage,
    frame: (client) => {
      const update = realUpdate(client);
      return syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update.subarray(0, update.length - 3)));
    },
  },
  {
    name: "a frame over MAX_MESSAGE_BYTES",
    // ws enforces maxPayload itself: 1009 "Message Too Big".
    expectedCode: 1009,
    frame: () => new Uint8Array(MAX_MESSAGE_BYTES + 1).fill(7),
  },
  {
    name: "a text frame",
    expectedCode: CLOSE_CODE.malformedMessage,
    frame: () => "hello",
  },
];

describe("a bad frame on the sync socket", () => {
  const harness = useIntegration();

  it.each(BAD_FRAMES)("($name) closes only the sender's connection", async ({ expectedCode, frame }) => {
    const server = await harness.server({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } });
    const board = await createBoard(server.url);
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const bob = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true));
    let bobDisconnects = 0;
    bob.provider.on("connection-close", () => bobDisconnects++);
    const before = { vector: stateVector(bob.doc), content: boardContent(bob.doc) };

    const attacker = await openRawSocket(server.syncUrl, board.id, board.facilitatorToken);
    harness.defer(() => attacker.socket.terminate());
    attacker.socket.send(frame(bob));
    expect(await attacker.closed).toBe(expectedCode);

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const carol = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(carol.provider.synced).toBe(true));
    expect(stateVector(carol.doc)).toEqual(before.vector);
    expect(boardContent(carol.doc)).toEqual(before.content);

    const { themes, columns } = readBoard(alice.doc);
    createAction(alice.doc, { title: "Still syncing", themeId: themes[0]!.id, columnId: columns[1]!.id });
    await eventually(() => {
      expect(boardContent(bob.doc)).toEqual(boardContent(alice.doc));
      expect(boardContent(carol.doc)).toEqual(boardContent(alice.doc));
    });
    expect(bob.provider.wsconnected).toBe(true);
    expect(bobDisconnects).toBe(0);
  });
});
