import type { Logger } from "./sync/logger";

export const LOG_LEVELS = ["info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Severity = Exclude<LogLevel, "silent">;
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 };

export type LogWriter = (severity: Severity, line: string) => void;

const writeToConsole: LogWriter = (severity, line) => {
  if (severity === "info") process.stdout.write(line + "\n");
  else process.stderr.write(line + "\n");
};

// JSON.stringify turns an Error into {}: keep what is needed to diagnose it.
function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, ...(code ? { code } : {}), stack: value.stack };
  }
  return value;
}

/** One JSON object per line: `{"time","level","message",...fields}`; info to stdout, the rest to stderr. */
export function createConsoleLogger(level: LogLevel, write: LogWriter = writeToConsole): Logger {
  const log =
    (severity: Severity) =>
    (message: string, fields: Record<string, unknown> = {}): void => {
      if (RANK[severity] < RANK[level]) return;
      const entries = Object.entries(fields).map(([key, value]) => [key, serialise(value)]);
      const record = {
        time: new Date().toISOString(),
        level: severity,
        message,
        ...Object.fromEntries(entries),
      };
      write(severity, JSON.stringify(record));
    };
  return { info: log("info"), warn: log("warn"), error: log("error") };
}
