import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const READY_LINE = /Coplan is running at (http:\/\/\S+)/;

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
}

/** `node --import tsx server/main.ts` as a separate process, as `npm start` runs it, on a free port. */
export function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      // Tests reconnect many clients from one address; only the rate-limit tests meet the limit.
      SYNC_CONNECTIONS_PER_MINUTE: "100000",
      SYNC_CONNECTION_BURST: "100000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        child.stdout.off("data", onData);
        child.stdout.resume();
        resolve({ url: match[1], process: child, exited });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`)),
    );
  });
}

/** SIGKILL: no handler runs, nothing is flushed; only what was already durable survives. */
export async function killHard(server: ChildServer): Promise<void> {
  server.process.kill("SIGKILL");
  await server.exited;
}
