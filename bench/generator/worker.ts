import { parentPort } from "node:worker_threads";
import { LoadSession, type ConnectRequest, type RunRequest } from "./load-session";

export type WorkerRequest =
  { op: "connect"; request: ConnectRequest } | { op: "run"; request: RunRequest } | { op: "close" };

export type WorkerReply = { ok: true; value?: unknown } | { ok: false; error: string };

/** The load generator's thread: one session at a time, driven by the runner. */
let session: LoadSession | undefined;

async function handle(message: WorkerRequest): Promise<unknown> {
  switch (message.op) {
    case "connect":
      session?.close();
      session = await LoadSession.connect(message.request);
      return undefined;
    case "run":
      if (!session) throw new Error("no session");
      return session.run(message.request);
    case "close":
      session?.close();
      session = undefined;
      return undefined;
  }
}

parentPort?.on("message", (message: WorkerRequest) => {
  handle(message).then(
    (value) => parentPort?.postMessage({ ok: true, value } satisfies WorkerReply),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) } satisfies WorkerReply),
  );
});
