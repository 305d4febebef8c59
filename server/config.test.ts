import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("uses defaults when nothing is set", () => {
    const config = loadConfig({});
    expect(config.port).toBe(8787);
    expect(config.host).toBe("127.0.0.1");
    expect(config.dataDir).toBe(resolve("data"));
    expect(config.databaseFile).toBe(resolve("data", "coplan.sqlite"));
    expect(config.logLevel).toBe("info");
    expect(config.limits.maxMessageBytes).toBe(2 * 1024 * 1024);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "0",
      HOST: "0.0.0.0",
      DATA_DIR: "/tmp/coplan-data",
      LOG_LEVEL: "warn",
      MAX_MESSAGE_BYTES: "1000",
      IDLE_UNLOAD_MS: "0",
    });
    expect(config).toMatchObject({
      port: 0,
      host: "0.0.0.0",
      databaseFile: "/tmp/coplan-data/coplan.sqlite",
      logLevel: "warn",
      limits: { maxMessageBytes: 1000, idleUnloadMs: 0 },
    });
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "" }).port).toBe(8787);
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "1.5"],
    ["LOG_LEVEL", "loud"],
    ["MAX_MESSAGE_BYTES", "0"],
    ["BOARD_CREATION", "closed"],
    ["ADMIN_TOKEN", "short"],
    ["ALLOWED_ORIGINS", "ftp://example.org"],
    ["SYNC_CONNECTIONS_PER_MINUTE", "0"],
  ])("rejects %s=%s with a message naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value}"`));
  });

  it("reads the access settings: open creation, own origin only, 120 connections a minute with a burst of 60", () => {
    expect(loadConfig({})).toMatchObject({
      boardCreation: "open",
      adminToken: undefined,
      allowedOrigins: [],
      connectionRateLimit: { perMinute: 120, burst: 60 },
    });
    const config = loadConfig({
      BOARD_CREATION: "admin",
      ADMIN_TOKEN: "x".repeat(32),
      ALLOWED_ORIGINS: "https://plans.council.example, http://localhost:5173/",
      SYNC_CONNECTIONS_PER_MINUTE: "30",
      SYNC_CONNECTION_BURST: "5",
    });
    expect(config).toMatchObject({
      boardCreation: "admin",
      allowedOrigins: ["https://plans.council.example", "http://localhost:5173"],
      connectionRateLimit: { perMinute: 30, burst: 5 },
    });
  });

  it("reads the snapshot settings: quiet after 2 minutes, 20 edits, 20 automatic kept, imports up to 8 MiB", () => {
    expect(loadConfig({})).toMatchObject({
      maxImportBytes: 8 * 1024 * 1024,
      snapshots: { quietMs: 120_000, minEdits: 20, keepAutomatic: 20, maxNamed: 200 },
    });
    expect(
      loadConfig({
        SNAPSHOT_QUIET_MS: "500",
        SNAPSHOT_MIN_EDITS: "3",
        SNAPSHOT_KEEP_AUTOMATIC: "0",
        MAX_IMPORT_BYTES: "1000",
      }),
    ).toMatchObject({ maxImportBytes: 1000, snapshots: { quietMs: 500, minEdits: 3, keepAutomatic: 0 } });
    expect(() => loadConfig({ SNAPSHOT_MIN_EDITS: "0" })).toThrow(/SNAPSHOT_MIN_EDITS="0"/);
  });

  it("refuses BOARD_CREATION=admin without an ADMIN_TOKEN", () => {
    expect(() => loadConfig({ BOARD_CREATION: "admin" })).toThrow(/ADMIN_TOKEN/);
  });
});
