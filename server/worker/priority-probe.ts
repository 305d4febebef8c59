import { readlinkSync } from "node:fs";
import { getPriority } from "node:os";
import { parentPort } from "node:worker_threads";

// Test helper (thread-priority.test.ts): a worker module that reports the nice value it runs at and
// its thread id. getPriority() with no id reads the calling thread's own on Linux. It stays alive
// (listening) until terminated, so its thread is still there when the test lists the process's threads.
const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
parentPort?.on("message", () => undefined);
parentPort?.postMessage({ nice: getPriority(), threadId });
