import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { openSqliteStore } from "../storage/sqlite-store";
import { deferred, InstrumentedStore } from "../sync/testing/instrumented-store";
import { createBoard } from "./api";
import { eventually, useIntegration } from "./harness";

const EDITS = 200;

describe("reading a socket with backpressure", () => {
  const harness = useIntegration();

  it("[S31] frames that pile up behind a held write pause the socket's reads; once it drains every one is applied and relayed", async () => {
    const holdAppends = deferred();
    let store: InstrumentedStore | undefined;
    const server = await harness.server({
      openStore: (file) => (store = new InstrumentedStore(openSqliteStore(file))),
    });
    const board = await createBoard(server.url);
    const flooder = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const observer = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(flooder.provider.synced && observer.provider.synced).toBe(true));

    // An edit whose write is held, then a step 1 that must wait for it: the flooder's frames queue behind.
    store!.holdAppends = holdAppends;
    getBoardTitleText(observer.doc).insert(0, "Held ");
    await eventually(() => expect(store!.appendCalls).toBeGreaterThan(0));
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE_TYPE.sync);
    syncProtocol.writeSyncStep1(step1, flooder.doc);
    flooder.provider.ws!.send(encoding.toUint8Array(step1));
    // Far past the 64 frames at which the server stops reading, within the 300-update burst.
    const title = getBoardTitleText(flooder.doc);
    for (let index = 0; index < EDITS; index++) title.insert(title.length, "k");

    holdAppends.resolve();
    const expected = `Held Plymouth action plan${"k".repeat(EDITS)}`;
    await eventually(() => expect(readMeta(observer.doc).title).toBe(expected));
    expect(readMeta(flooder.doc).title).toBe(expected);
    expect(flooder.provider.wsconnected).toBe(true);
  });
});
