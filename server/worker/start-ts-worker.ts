import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * Start a worker thread on a TypeScript module. The server runs TypeScript through tsx: the worker
 * registers the same loader, lowers its own CPU priority below the event loop's (every worker here is
 * background work: `thread-priority.ts`), then loads its module. Unref'd, so an idle worker never keeps
 * the process alive.
 */
export function startTsWorker(entry: URL): Worker {
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const tsx = pathToFileURL(join(dirname(tsxPackage), "dist/esm/api/index.mjs")).href;
  const priority = new URL("./thread-priority.ts", import.meta.url).href;
  const bootstrap = [
    `import(${JSON.stringify(tsx)})`,
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(priority)}); })`,
    `.then((priority) => { priority.lowerThisThreadsPriority(); return import(${JSON.stringify(entry.href)}); });`,
  ].join("");
  const worker = new Worker(bootstrap, { eval: true });
  worker.unref();
  return worker;
}
