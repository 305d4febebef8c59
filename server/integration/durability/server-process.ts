import { spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/**
 * The server bundled once per test process (packages left external, so they resolve from the repo's
 * node_modules): it starts in about a third of the time `--import tsx` takes, which matters for a
 * suite that restarts it twenty times. Its worker threads' modules are bundled beside it under the
 * names the server asks for (`new URL("./checkpoint-worker.ts", import.meta.url)`): JavaScript in a
 * `.ts` file, which the worker's tsx loader takes as it is. Without them the server would run with
 * its fallbacks (checkpoints on the event loop, D21), not as `npm start` runs it.
 */
let bundled: Promise<string> | undefined;
function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const outdir = `${REPO_ROOT}node_modules/.cache/coplan-tests/server-${process.pid}`;
    const common = {
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      outdir,
      logLevel: "warning",
    } as const;
    await build({ ...common, entryPoints: [`${REPO_ROOT}server/main.ts`], outExtension: { ".js": ".mjs" } });
    await build({
      ...common,
      // Flat, as the bundled server looks for each beside itself.
      entryPoints: {
        "checkpoint-worker": `${REPO_ROOT}server/storage/checkpoint-worker.ts`,
        "state-builder-worker": `${REPO_ROOT}server/storage/state-builder-worker.ts`,
        "render-worker": `${REPO_ROOT}server/export/render-worker.ts`,
        // Every worker's bootstrap loads it first (start-ts-worker.ts).
        "thread-priority": `${REPO_ROOT}server/worker/thread-priority.ts`,
      },
      outExtension: { ".js": ".ts" },
    });
    // ES modules, as in the repository: without this the loader would take the `.ts` files for CommonJS.
    await writeFile(`${outdir}/package.json`, JSON.stringify({ type: "module" }));
    return `${outdir}/main.mjs`;
  })();
  return bundled;
}

const READY_LINE = /Coplan is running at (http:\/\/\S+)/;

/** Every test connects from 127.0.0.1, many times a second: the per-address limit is not what these suites test. */
const TEST_ENV: Record<string, string> = {
  SYNC_CONNECTIONS_PER_MINUTE: "1000000",
  SYNC_CONNECTION_BURST: "1000000",
};

export interface ServerProcess {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr), for failure messages. */
  readonly output: string;
  /** Whether the process has exited (a crash, when the test did not kill it). */
  readonly exited: boolean;
  /** SIGKILL: nothing is flushed; resolves once the process is gone. */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  dataDir: string;
  /** 0 (default) for a free port; a restart passes the previous one. */
  port?: number;
  env?: Record<string, string>;
}

/** `server/main.ts` in its own process, as `npm start` runs it. */
export async function startServerProcess({
  dataDir,
  port = 0,
  env = {},
}: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [await serverBundle()], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      ...TEST_ENV,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = READY_LINE.exec(output);
      if (!match?.[1]) return;
      child.stdout.off("data", onData);
      child.off("exit", onEarlyExit);
      const url = match[1];
      resolve({
        url,
        port: Number(new URL(url).port),
        process: child,
        get output() {
          return output;
        },
        get exited() {
          return exited;
        },
        async kill() {
          if (!exited) child.kill("SIGKILL");
          await gone;
        },
      });
    };
    const onEarlyExit = (code: number | null, signal: string | null) =>
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`));
    child.stdout.on("data", onData);
    child.once("exit", onEarlyExit);
  });
}

/** Resident set size of a process in KiB, from /proc/<pid>/status (Linux). */
export async function residentKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}
