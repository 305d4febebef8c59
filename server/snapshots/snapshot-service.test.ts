import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Y from "yjs";
import { getBoardTitleText, readMeta, readRestoreMarker, setText } from "../../shared/board";
import { TRANSACTION_ORIGIN } from "../../shared/protocol/transaction-origins";
import { MemorySnapshotStore } from "../storage/memory-snapshot-store";
import { MemoryStore } from "../storage/memory-store";
import { RoomManager } from "../sync/room-manager";
import { createTestBoard } from "../sync/testing/boards";
import { TestClient } from "../sync/testing/test-client";
import { SnapshotService } from "./snapshot-service";

describe("SnapshotService.restore", () => {
  let manager: RoomManager;
  afterEach(async () => {
    await manager.shutdown();
  });

  it("[V9] applies the restore to the live room as one transaction with the restore origin, and marks it", async () => {
    const store = new MemoryStore();
    manager = new RoomManager({ store });
    await createTestBoard(store, "board");
    const service = new SnapshotService(manager, new MemorySnapshotStore(store), {
      keepAutomatic: 5,
      maxNamed: 10,
    });
    const alice = new TestClient(manager, "board");
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    const saved = (await service.create("board", { label: "Workshop 1", kind: "named" }))!;

    setText(getBoardTitleText(alice.doc), "Edited after the workshop");
    await vi.waitFor(async () =>
      expect(await manager.readDurableDoc("board", (doc) => readMeta(doc).title)).toBe(
        "Edited after the workshop",
      ),
    );
    const origins: unknown[] = [];
    await manager.readDurableDoc("board", (doc: Y.Doc) =>
      doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin)),
    );

    await service.restore("board", saved.id);
    expect(origins).toEqual([TRANSACTION_ORIGIN.restore]);
    await vi.waitFor(() => expect(readMeta(alice.doc).title).toBe("Test plan"));
    expect(readRestoreMarker(alice.doc)).toMatchObject({ snapshotId: saved.id, label: "Workshop 1" });
  });
});
