import { ConfigError, loadConfig } from "./config";
import { createConsoleLogger } from "./console-logger";
import { startServer, type RunningServer } from "./start-server";
import { watchParent } from "./watch-parent";
import { networkUrls } from "./network-urls";

function readConfig() {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createConsoleLogger(config.logLevel);
let running: RunningServer | undefined;

// Flushing SQLite takes milliseconds; a shutdown still running after this is stuck.
const SHUTDOWN_TIMEOUT_MS = 15_000;

async function stop(exitCode: number): Promise<never> {
  setTimeout(() => {
    logger.error("shutdown timed out", { timeoutMs: SHUTDOWN_TIMEOUT_MS });
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  try {
    await running?.close();
    logger.info("stopped");
  } catch (error) {
    logger.error("shutdown failed", { error });
    exitCode = 1;
  }
  process.exit(exitCode);
}

let stopping = false;
function onSignal(signal: NodeJS.Signals): void {
  // A second Ctrl-C while flushing means "now".
  if (stopping) process.exit(1);
  stopping = true;
  logger.info("shutting down", { signal });
  void stop(0);
}
process.on("SIGTERM", onSignal);
process.on("SIGINT", onSignal);
watchParent(() => {
  if (stopping) return;
  stopping = true;
  logger.info("shutting down", { reason: "parent process exited" });
  void stop(0);
});

function onFatal(kind: string) {
  return (error: unknown): void => {
    logger.error(kind, { error });
    if (stopping) return;
    stopping = true;
    void stop(1);
  };
}
process.on("uncaughtException", onFatal("uncaught exception"));
process.on("unhandledRejection", onFatal("unhandled promise rejection"));

try {
  running = await startServer(config, logger, { startCheckpointsAtOnce: true });
} catch (error) {
  const code = (error as { code?: unknown }).code;
  if (code === "EADDRINUSE")
    console.error(`Port ${config.port} on ${config.host} is in use: set PORT to another port.`);
  else if (code === "EACCES") console.error(`Not allowed to listen on ${config.host}:${config.port}.`);
  else logger.error("server failed to start", { error });
  process.exit(1);
}
logger.info("listening", { url: running.url, dataDir: config.dataDir });
console.log(`Coplan is running at ${running.url}`);
for (const url of networkUrls(config.host, running.port)) console.log(`  on this network: ${url}`);
