import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WalFile, WalSync } from "./wal-sync";

/** A flush held open until released, recording when each one started. */
function heldFlushes() {
  const started: number[] = [];
  const releases: (() => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      started.push(started.length);
      releases.push(resolve);
      failures.push(reject);
    });
  return { flush, started, release: (index: number) => releases[index]!(), fail: failures };
}

const settledFlag = (promise: Promise<void>) => {
  const state = { settled: false, failed: false };
  promise.then(
    () => (state.settled = true),
    () => (state.failed = state.settled = true),
  );
  return state;
};

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("[D18] WalSync", () => {
  it("a request resolves only on a flush that started after it; requests during a flush share the next one", async () => {
    const { flush, started, release } = heldFlushes();
    const sync = new WalSync(flush);
    const first = settledFlag(sync.request());
    expect(started).toHaveLength(1);
    const second = settledFlag(sync.request());
    const third = settledFlag(sync.request());
    // Committed while the first flush was already running: that flush may not cover them.
    expect(started).toHaveLength(1);
    release(0);
    await turn();
    expect(first.settled).toBe(true);
    expect(second.settled).toBe(false);
    expect(started).toHaveLength(2);
    release(1);
    await turn();
    expect(second.settled && third.settled).toBe(true);
    expect(started).toHaveLength(2);
  });

  it("a failed flush fails its requests; the next request flushes again", async () => {
    const { flush, started, fail, release } = heldFlushes();
    const sync = new WalSync(flush);
    const failing = sync.request();
    fail[0]!(new Error("EIO"));
    await expect(failing).rejects.toThrow("EIO");
    const retried = settledFlag(sync.request());
    expect(started).toHaveLength(2);
    release(1);
    await turn();
    expect(retried).toEqual({ settled: true, failed: false });
  });

  it("idle() waits for the running flush and the one queued behind it", async () => {
    const { flush, release } = heldFlushes();
    const sync = new WalSync(flush);
    void sync.request();
    void sync.request();
    const idle = settledFlag(sync.idle());
    release(0);
    await turn();
    expect(idle.settled).toBe(false);
    release(1);
    await turn();
    await turn();
    expect(idle.settled).toBe(true);
  });

  it("close waits for the running flush, then releases what the flushes hold", async () => {
    const { flush, release } = heldFlushes();
    const released: string[] = [];
    const sync = new WalSync(flush, async () => void released.push("released"));
    void sync.request();
    const closing = settledFlag(sync.close());
    await turn();
    expect(released).toEqual([]);
    release(0);
    await turn();
    await turn();
    expect(closing.settled).toBe(true);
    expect(released).toEqual(["released"]);
  });

  it("WalFile flushes a real file and keeps it open between flushes; a missing one is an error", async () => {
    const directory = mkdtempSync(join(tmpdir(), "coplan-wal-sync-"));
    try {
      const file = join(directory, "board.sqlite-wal");
      writeFileSync(file, "frames");
      const wal = new WalFile(file);
      await expect(wal.datasync()).resolves.toBeUndefined();
      // Held open: the second flush needs no path (opening per flush cost two more thread-pool trips).
      rmSync(file);
      await expect(wal.datasync()).resolves.toBeUndefined();
      await wal.close();
      await expect(wal.datasync()).rejects.toThrow(/ENOENT/);
      // After close a flush still syncs the file (a commit that slipped in while the store closed).
      writeFileSync(file, "frames");
      await expect(wal.datasync()).resolves.toBeUndefined();

      // A failed open is not kept: once the file is there, the next flush opens it.
      const fresh = new WalFile(join(directory, "late-wal"));
      await expect(fresh.datasync()).rejects.toThrow(/ENOENT/);
      writeFileSync(join(directory, "late-wal"), "frames");
      await expect(fresh.datasync()).resolves.toBeUndefined();
      await fresh.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
