import { access } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

let threadPoolStarted = false;

/**
 * libuv starts its thread pool on the first piece of work any thread hands it, and a new thread takes
 * the nice value of the thread that creates it: were a worker, after lowering its priority, the first
 * to use the pool, the pool's threads would run niced too, and they run the WAL's fdatasync on every
 * relay's path (D18). So the event loop's thread hands it a trivial job first.
 */
function startThreadPoolAtOurPriority(): void {
  if (threadPoolStarted) return;
  threadPoolStarted = true;
  access(".", () => undefined);
}

/**
 * Start a worker thread on a TypeScript module. The server runs TypeScript through tsx: the worker
 * registers the same loader, lowers its own CPU priority below the event loop's (every worker here is
 * background work: `thread-priority.ts`, SPEC D22), then loads its module. A priority module that
 * cannot be loaded (a deployment that left it out) costs a warning, not the worker. Unref'd, so an idle
 * worker never keeps the process alive.
 */
export function startTsWorker(entry: URL): Worker {
  startThreadPoolAtOurPriority();
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const tsx = pathToFileURL(join(dirname(tsxPackage), "dist/esm/api/index.mjs")).href;
  const priority = new URL("./thread-priority.ts", import.meta.url).href;
  const bootstrap = [
    `import(${JSON.stringify(tsx)})`,
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(priority)}); })`,
    `.then((priority) => { priority.lowerThisThreadsPriority(); }, (error) => {`,
    ` process.emitWarning("a worker runs at the event loop's priority: " + error, "CoplanWorkerPriority"); })`,
    `.then(() => import(${JSON.stringify(entry.href)}));`,
  ].join("");
  const worker = new Worker(bootstrap, { eval: true });
  worker.unref();
  return worker;
}
