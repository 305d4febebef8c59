import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { Server } from "@hocuspocus/server";
import { Database } from "@hocuspocus/extension-database";
import { startMonitor } from "./monitor";

startMonitor();
const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error("DATA_DIR is required");

// The same SQLite settings as Coplan (WAL, synchronous=FULL), through better-sqlite3.
const db = new Sqlite(join(dataDir, "hocuspocus.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)");
const select = db.prepare<[string], { data: Buffer }>("SELECT data FROM documents WHERE name = ?");
const upsert = db.prepare<[string, Buffer]>(
  "INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data",
);

const server = new Server(
  {
    port: 0,
    address: "127.0.0.1",
    quiet: true,
    stopOnSignals: false,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const row = select.get(documentName);
          return row ? new Uint8Array(row.data) : null;
        },
        store: async ({ documentName, state }) => {
          upsert.run(documentName, state);
        },
      }),
    ],
  },
  { perMessageDeflate: false },
);
await server.listen();
console.log(`bench server ready on port ${server.address.port}`);
process.on("SIGTERM", () => {
  void server.destroy().then(() => {
    db.close();
    process.exit(0);
  });
});
