import { describe, expect, it } from "vitest";
import { createAction, readBoard } from "../../shared/board";
import { openSqliteStore } from "../storage/sqlite-store";
import { deferred, InstrumentedStore } from "../sync/testing/instrumented-store";
import { createBoard } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration } from "./harness";

describe("a cold board", () => {
  const harness = useIntegration();

  it("gives ten clients joining at the same instant its full persisted content", async () => {
    const first = await harness.server();
    const board = await createBoard(first.url);
    const author = harness.client(first.syncUrl, board.id, board.facilitatorToken);
    const observer = harness.client(first.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(author.provider.synced && observer.provider.synced).toBe(true));
    const { themes, columns } = readBoard(author.doc);
    for (const theme of themes) {
      createAction(author.doc, {
        title: `Follow-up for ${theme.title}`,
        themeId: theme.id,
        columnId: columns[0]!.id,
      });
    }
    const persisted = boardContent(author.doc);
    await eventually(() => expect(boardContent(observer.doc)).toEqual(persisted));
    author.provider.destroy();
    observer.provider.destroy();
    await first.close();

    // Hold the load until all ten are attached, so every one of them joins a room that is still loading.
    const holdLoads = deferred();
    const stores: InstrumentedStore[] = [];
    const second = await harness.server({
      dataDir: first.dataDir,
      openStore: (file) => {
        const store = new InstrumentedStore(openSqliteStore(file));
        store.holdLoads = holdLoads;
        stores.push(store);
        return store;
      },
    });
    const clients = Array.from({ length: 10 }, () =>
      harness.client(second.syncUrl, board.id, board.facilitatorToken),
    );
    await eventually(async () => {
      const health = (await (await fetch(`${second.url}/api/health`)).json()) as { connections: number };
      expect(health.connections).toBe(10);
    });
    expect(clients.some((client) => client.provider.synced)).toBe(false);
    holdLoads.resolve();

    await eventually(() => {
      for (const client of clients) {
        expect(client.provider.synced).toBe(true);
        expect(boardContent(client.doc)).toEqual(persisted);
      }
    });
    expect(stores[0]!.loadCalls).toBe(1);
    expect(persisted.actions.length).toBe(readBoard(clients[0]!.doc).actionCount);
  });
});
