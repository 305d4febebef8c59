import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { MonitorRequest, ServerStats } from "./monitor";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const READY = /(?:Coplan is running at http:\/\/[^\s:]+:|bench server ready on port )(\d+)/;
const START_TIMEOUT_MS = 20_000;
const STATS_TIMEOUT_MS = 30_000;

export interface LaunchOptions {
  entry: string;
  env: Record<string, string>;
  /** CPU to pin the server to with taskset, when there is more than one. */
  cpu?: number;
}

/** Every server child still running, so the runner's hard timeout can kill them all. */
export const runningServers = new Set<ServerChild>();
/** Children spawned and not yet ready: the hard timeout kills these too. */
export const startingChildren = new Set<ChildProcess>();

/** One server child process, answering stats over IPC. */
export class ServerChild {
  private nextId = 1;
  private readonly waiting = new Map<number, (stats: ServerStats) => void>();
  private readonly gone: Promise<void>;
  private exited = false;
  output = "";

  private constructor(
    readonly process: ChildProcess,
    readonly port: number,
  ) {
    this.gone = new Promise((resolve) => process.once("exit", () => resolve()));
    process.once("exit", () => {
      this.exited = true;
      runningServers.delete(this);
    });
    runningServers.add(this);
    process.on("message", (message: { id: number; stats: ServerStats }) => {
      this.waiting.get(message.id)?.(message.stats);
      this.waiting.delete(message.id);
    });
  }

  static async start({ entry, env, cpu }: LaunchOptions): Promise<ServerChild> {
    // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (node --cpu-prof).
    const profile = process.env.BENCH_CPU_PROF
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : [];
    // BENCH_NODE_FLAGS="--trace-gc …": more flags for each server's node (diagnosis only, never in a table's run).
    const extra = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
    const node = [process.execPath, "--expose-gc", ...extra, ...profile, "--import", "tsx", entry];
    const [command, ...args] = cpu === undefined ? node : ["taskset", "-c", String(cpu), ...node];
    const child = spawn(command as string, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    // BENCH_SERVER_LOG=<file>: every server's output appended there too (e.g. a --trace-gc log).
    const log = process.env.BENCH_SERVER_LOG;
    if (log) {
      const tee = (chunk: Buffer) => appendFileSync(log, chunk);
      child.stdout?.on("data", tee);
      child.stderr?.on("data", tee);
    }
    startingChildren.add(child);
    child.once("exit", () => startingChildren.delete(child));
    let output = "";
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`${entry} did not start:\n${output}`));
      }, START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = READY.exec(output);
        if (!match?.[1]) return;
        clearTimeout(timer);
        child.off("exit", onExit);
        resolve(Number(match[1]));
      };
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`${entry} exited (${code}) before it was ready:\n${output}`));
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.once("exit", onExit);
    });
    startingChildren.delete(child);
    const server = new ServerChild(child, port);
    server.output = output;
    child.stdout?.on("data", (chunk: Buffer) => (server.output = (server.output + chunk).slice(-20_000)));
    child.stderr?.on("data", (chunk: Buffer) => (server.output = (server.output + chunk).slice(-20_000)));
    return server;
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  request(type: MonitorRequest["type"]): Promise<ServerStats> {
    if (this.exited) return Promise.reject(new Error("server exited"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // A server whose event loop is stalled under load answers late; past this it is stuck.
      const timer = setTimeout(
        () => reject(new Error(`no ${type} answer from the server`)),
        STATS_TIMEOUT_MS,
      );
      this.waiting.set(id, (stats) => {
        clearTimeout(timer);
        resolve(stats);
      });
      this.process.send({ id, type } satisfies MonitorRequest);
    });
  }

  /** Graceful stop (each server's own SIGTERM path: flush, store), then SIGKILL if it hangs. */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.exited) return;
    this.process.kill("SIGTERM");
    const timer = setTimeout(() => this.process.kill("SIGKILL"), timeoutMs);
    await this.gone;
    clearTimeout(timer);
  }

  async kill(): Promise<void> {
    if (!this.exited) this.process.kill("SIGKILL");
    await this.gone;
  }
}
