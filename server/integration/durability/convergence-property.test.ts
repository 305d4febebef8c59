import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "../../../shared/board";
import { boardContent } from "../board-content";
import { eventually, useIntegration } from "../harness";
import { openSqliteStore } from "../../storage/sqlite-store";
import { join } from "node:path";
import { DATABASE_FILE_NAME } from "../../config";
import { applyEdit, boardEdit, type BoardEdit } from "./board-edits";
import { connectReplica, createBoardAccess, type Replica } from "./board-access";

const REPLICAS = 3;

type Step =
  | { kind: "edit"; replica: number; edit: BoardEdit }
  | { kind: "disconnect"; replica: number }
  | { kind: "connect"; replica: number }
  | { kind: "yield" };

const replica = fc.nat({ max: REPLICAS - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant("edit" as const), replica, edit: boardEdit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("disconnect" as const), replica }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("connect" as const), replica }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("yield" as const) }) },
);

const stateVector = (doc: Y.Doc) =>
  Object.fromEntries([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));

/** What a replica shows: its state vector, the typed board view and the export (notes included). */
const observed = (doc: Y.Doc) => ({
  stateVector: stateVector(doc),
  board: readBoard(doc),
  content: boardContent(doc),
});

async function storedDocument(dataDir: string, boardId: string): Promise<Y.Doc> {
  const store = openSqliteStore(join(dataDir, DATABASE_FILE_NAME));
  try {
    const stored = await store.loadDoc(boardId);
    const doc = new Y.Doc();
    if (stored?.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    await store.close();
  }
}

describe("convergence through the real server", () => {
  const harness = useIntegration();

  it("replicas making random edits of every kind, with random disconnects, end identical to each other and to storage", async () => {
    const server = await harness.server();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 100 }), async (steps) => {
        const board = await createBoardAccess(server.url);
        const replicas: Replica[] = Array.from({ length: REPLICAS }, () => connectReplica(server.url, board));
        try {
          await eventually(() => expect(replicas.every((r) => r.provider.synced)).toBe(true));
          for (const next of steps) {
            if (next.kind === "edit") applyEdit(replicas[next.replica]!.doc, next.edit);
            else if (next.kind === "disconnect") replicas[next.replica]!.provider.disconnect();
            else if (next.kind === "connect") replicas[next.replica]!.provider.connect();
            else await new Promise((resolve) => setImmediate(resolve));
          }
          for (const each of replicas) each.provider.connect();
          await eventually(() => {
            const [first, ...others] = replicas.map((each) => observed(each.doc));
            for (const other of others) expect(other).toEqual(first);
          });
          const stored = await storedDocument(server.dataDir, board.id);
          expect(observed(stored)).toEqual(observed(replicas[0]!.doc));
          stored.destroy();
        } finally {
          for (const each of replicas) each.destroy();
        }
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 90_000);
});
