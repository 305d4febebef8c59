import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from "./sync/limits";
import { LOG_LEVELS, type LogLevel } from "./console-logger";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** The SQLite file, `coplan.sqlite` inside `dataDir`. */
  databaseFile: string;
  /** The built client (`vite build` output) served at `/`. */
  clientDir: string;
  logLevel: LogLevel;
  /** Largest HTTP request body accepted, in bytes. */
  maxBodyBytes: number;
  limits: SyncLimits;
  /** `open`: anyone may create boards; `admin`: only with `Authorization: Bearer <adminToken>`. */
  boardCreation: "open" | "admin";
  adminToken: string | undefined;
  /** Page origins besides the server's own that may use cookie credentials (API and sync socket). */
  allowedOrigins: string[];
  /** New sync connections per client address: a token bucket refilled at `perMinute`, holding `burst`. */
  connectionRateLimit: { perMinute: number; burst: number };
  /** WebSocket framing: most fragments in one message, and the ping interval (a socket that misses one is dropped). */
  transport: { maxFragments: number; heartbeatMs: number };
  /** HTTP: time to send the request headers (slowloris), and the whole request. */
  http: { headersTimeoutMs: number; requestTimeoutMs: number };
  /** Largest JSON export `POST /api/boards/import` accepts, in bytes. */
  maxImportBytes: number;
  /**
   * Automatic snapshots: saved when a board has had no edit for `quietMs` after at least `minEdits`
   * edits; the newest `keepAutomatic` of each automatic kind are kept per board.
   */
  snapshots: { quietMs: number; minEdits: number; keepAutomatic: number; maxNamed: number };
}

export const ADMIN_TOKEN_MIN_LENGTH = 32;

export const DATABASE_FILE_NAME = "coplan.sqlite";
const DEFAULT_CLIENT_DIR = fileURLToPath(new URL("../client/dist", import.meta.url));

// An empty variable (`PORT= npm start`) means "use the default", not zero.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const count = (minimum: number) =>
  optional(
    z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(minimum, `must be at least ${minimum}`),
  );

const envSchema = z.object({
  PORT: optional(
    z.coerce
      .number({ error: "must be a port number from 0 to 65535" })
      .int("must be a port number from 0 to 65535")
      .min(0, "must be a port number from 0 to 65535")
      .max(65535, "must be a port number from 0 to 65535"),
  ),
  HOST: optional(z.string().trim().min(1)),
  DATA_DIR: optional(z.string()),
  CLIENT_DIR: optional(z.string()),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of: ${LOG_LEVELS.join(", ")}` })),
  MAX_BODY_BYTES: count(1),
  MAX_MESSAGE_BYTES: count(1),
  MAX_DOC_BYTES: count(1),
  IDLE_UNLOAD_MS: count(0),
  COMPACT_AFTER_UPDATES: count(1),
  MAX_BUFFERED_BYTES: count(1),
  SYNC_UPDATES_PER_SECOND: count(1),
  SYNC_UPDATE_BURST: count(1),
  SYNC_AWARENESS_PER_SECOND: count(1),
  SYNC_AWARENESS_BURST: count(1),
  MAX_QUEUED_FRAMES: count(1),
  MAX_QUEUED_BYTES: count(1),
  MAX_ROOMS: count(1),
  MAX_AWARENESS_STATE_BYTES: count(1),
  MAX_AWARENESS_CLIENTS: count(1),
  MAX_UPDATE_STRUCTS: count(1),
  MAX_UPDATE_DELETES: count(1),
  BOARD_CREATION: optional(z.enum(["open", "admin"], { error: "must be open or admin" })),
  ADMIN_TOKEN: optional(
    z.string().min(ADMIN_TOKEN_MIN_LENGTH, `must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters`),
  ),
  ALLOWED_ORIGINS: optional(
    z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be comma-separated http(s) origins" }))),
  ),
  SYNC_CONNECTIONS_PER_MINUTE: count(1),
  SYNC_CONNECTION_BURST: count(1),
  MAX_IMPORT_BYTES: count(1),
  SYNC_MAX_FRAGMENTS: count(1),
  SYNC_HEARTBEAT_MS: count(100),
  HTTP_HEADERS_TIMEOUT_MS: count(100),
  HTTP_REQUEST_TIMEOUT_MS: count(100),
  SNAPSHOT_QUIET_MS: count(1),
  SNAPSHOT_MIN_EDITS: count(1),
  SNAPSHOT_KEEP_AUTOMATIC: count(0),
  SNAPSHOT_MAX_NAMED: count(1),
});

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Read the configuration from environment variables; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
    });
    throw new ConfigError(
      `Invalid environment variable${problems.length > 1 ? "s" : ""}: ${problems.join("; ")}`,
    );
  }
  const vars = parsed.data;
  if (vars.BOARD_CREATION === "admin" && !vars.ADMIN_TOKEN) {
    throw new ConfigError("Invalid environment variables: BOARD_CREATION=admin needs ADMIN_TOKEN to be set");
  }
  const dataDir = resolve(vars.DATA_DIR ?? "./data");
  return {
    port: vars.PORT ?? 8787,
    host: vars.HOST ?? "127.0.0.1",
    dataDir,
    databaseFile: resolve(dataDir, DATABASE_FILE_NAME),
    clientDir: vars.CLIENT_DIR ? resolve(vars.CLIENT_DIR) : DEFAULT_CLIENT_DIR,
    logLevel: vars.LOG_LEVEL ?? "info",
    maxBodyBytes: vars.MAX_BODY_BYTES ?? 64 * 1024,
    limits: {
      maxMessageBytes: vars.MAX_MESSAGE_BYTES ?? DEFAULT_SYNC_LIMITS.maxMessageBytes,
      maxDocBytes: vars.MAX_DOC_BYTES ?? DEFAULT_SYNC_LIMITS.maxDocBytes,
      idleUnloadMs: vars.IDLE_UNLOAD_MS ?? DEFAULT_SYNC_LIMITS.idleUnloadMs,
      compactAfterUpdates: vars.COMPACT_AFTER_UPDATES ?? DEFAULT_SYNC_LIMITS.compactAfterUpdates,
      compactionSpread: DEFAULT_SYNC_LIMITS.compactionSpread,
      maxBufferedBytes: vars.MAX_BUFFERED_BYTES ?? DEFAULT_SYNC_LIMITS.maxBufferedBytes,
      updatesPerSecond: vars.SYNC_UPDATES_PER_SECOND ?? DEFAULT_SYNC_LIMITS.updatesPerSecond,
      updateBurst: vars.SYNC_UPDATE_BURST ?? DEFAULT_SYNC_LIMITS.updateBurst,
      awarenessPerSecond: vars.SYNC_AWARENESS_PER_SECOND ?? DEFAULT_SYNC_LIMITS.awarenessPerSecond,
      awarenessBurst: vars.SYNC_AWARENESS_BURST ?? DEFAULT_SYNC_LIMITS.awarenessBurst,
      maxQueuedFrames: vars.MAX_QUEUED_FRAMES ?? DEFAULT_SYNC_LIMITS.maxQueuedFrames,
      maxQueuedBytes: vars.MAX_QUEUED_BYTES ?? DEFAULT_SYNC_LIMITS.maxQueuedBytes,
      // Tuning, not policy: not settable from the environment.
      pauseReadingAtFrames: DEFAULT_SYNC_LIMITS.pauseReadingAtFrames,
      pauseReadingAtBytes: DEFAULT_SYNC_LIMITS.pauseReadingAtBytes,
      turnBudgetMs: DEFAULT_SYNC_LIMITS.turnBudgetMs,
      storeJoinAboveBytes: DEFAULT_SYNC_LIMITS.storeJoinAboveBytes,
      maxRooms: vars.MAX_ROOMS ?? DEFAULT_SYNC_LIMITS.maxRooms,
      maxAwarenessStateBytes: vars.MAX_AWARENESS_STATE_BYTES ?? DEFAULT_SYNC_LIMITS.maxAwarenessStateBytes,
      maxAwarenessClients: vars.MAX_AWARENESS_CLIENTS ?? DEFAULT_SYNC_LIMITS.maxAwarenessClients,
      maxUpdateStructs: vars.MAX_UPDATE_STRUCTS ?? DEFAULT_SYNC_LIMITS.maxUpdateStructs,
      maxUpdateDeletes: vars.MAX_UPDATE_DELETES ?? DEFAULT_SYNC_LIMITS.maxUpdateDeletes,
    },
    boardCreation: vars.BOARD_CREATION ?? "open",
    adminToken: vars.ADMIN_TOKEN,
    allowedOrigins: (vars.ALLOWED_ORIGINS ?? []).map((origin) => new URL(origin).origin),
    connectionRateLimit: {
      perMinute: vars.SYNC_CONNECTIONS_PER_MINUTE ?? 120,
      burst: vars.SYNC_CONNECTION_BURST ?? 60,
    },
    maxImportBytes: vars.MAX_IMPORT_BYTES ?? 8 * 1024 * 1024,
    transport: {
      maxFragments: vars.SYNC_MAX_FRAGMENTS ?? 1024,
      heartbeatMs: vars.SYNC_HEARTBEAT_MS ?? 30_000,
    },
    http: {
      headersTimeoutMs: vars.HTTP_HEADERS_TIMEOUT_MS ?? 10_000,
      requestTimeoutMs: vars.HTTP_REQUEST_TIMEOUT_MS ?? 60_000,
    },
    snapshots: {
      quietMs: vars.SNAPSHOT_QUIET_MS ?? 2 * 60 * 1000,
      minEdits: vars.SNAPSHOT_MIN_EDITS ?? 20,
      keepAutomatic: vars.SNAPSHOT_KEEP_AUTOMATIC ?? 20,
      maxNamed: vars.SNAPSHOT_MAX_NAMED ?? 200,
    },
  };
}
