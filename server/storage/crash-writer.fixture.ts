// Run as a child process by sqlite-store.test.ts: appends forever, reporting each committed seq,
// until the parent kills it with SIGKILL.
import { openSqliteStore } from "./sqlite-store";

const [file, synchronous] = process.argv.slice(2);
if (!file) throw new Error("usage: crash-writer.fixture.ts <file> [FULL|NORMAL]");
const store = openSqliteStore(file, { synchronous: synchronous === "NORMAL" ? "NORMAL" : "FULL" });
const now = new Date().toISOString();
await store.createBoard(
  { id: "crash", title: "Crash", template: "blank", createdAt: now, updatedAt: now },
  new Uint8Array([0]),
);
for (let batch = 0; ; batch++) {
  const updates = [0, 1, 2].map((index) => new Uint8Array([batch % 256, index, 42]));
  const seq = await store.appendUpdates("crash", updates);
  process.stdout.write(`appended ${seq}\n`);
}
