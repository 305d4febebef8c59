import { getPriority } from "node:os";
import { parentPort } from "node:worker_threads";

// Test helper (thread-priority.test.ts): a worker module that reports the nice value it runs at.
// getPriority() with no id reads the calling thread's own on Linux.
parentPort?.postMessage(getPriority());
