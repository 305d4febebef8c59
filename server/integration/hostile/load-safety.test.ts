import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getBoardTitleText, setText } from "../../../shared/board";
import { CLOSE_CODE } from "../../../shared/protocol/close-codes";
import { connectReplica, createBoardAccess, wsUrl, syncPath } from "../durability/board-access";
import { residentKiB, startServerProcess, type ServerProcess } from "../durability/server-process";
import { quantileMs, startHealthProbe, type HealthProbe, type HealthSample } from "./health-probe";
import { openRawTcpWebSocket } from "./raw-tcp-websocket";
import { CrowdClient } from "./sync-crowd";

const CONNECTIONS = 1_000;
const OPEN_IN_PARALLEL = 50;
const FLOODERS = 10;
const PRESENCE_UPDATES_EACH = 100;
/** p99 of /api/health while 1,000 sockets sync and presence floods: see the report for how it was measured. */
const HEALTH_P99_MS = 200;
/** Peak growth over the idle server's RSS allowed during the load (1,000 sockets, their buffers, the flood). */
const PEAK_GROWTH_MIB = 400;
/** What may remain once every client left (V8 and malloc keep some pages; a leak of ~100 KiB per socket would not fit). */
const RESIDUAL_GROWTH_MIB = 100;

const mib = (kib: number) => kib / 1024;
const wait = <T>(assertion: () => T | Promise<T>, timeout = 30_000) =>
  vi.waitFor(assertion, { timeout, interval: 25 });

async function openFileLimit(): Promise<number> {
  const limits = await readFile("/proc/self/limits", "utf8");
  return Number(/^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1]?.replace("unlimited", "1e9") ?? 0);
}

/** RSS of the server process sampled every 100 ms while `during` runs. */
async function sampleRss(server: ServerProcess, during: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  const timer = setInterval(
    () =>
      void residentKiB(server.process.pid!).then(
        (kib) => samples.push(kib),
        () => {},
      ),
    100,
  );
  try {
    await during();
  } finally {
    clearInterval(timer);
  }
  samples.push(await residentKiB(server.process.pid!));
  return samples;
}

function expectResponsive(server: ServerProcess, samples: HealthSample[]): void {
  expect(server.exited, server.output).toBe(false);
  expect(samples.length).toBeGreaterThan(10);
  expect(samples.filter((sample) => !sample.ok)).toEqual([]);
  expect(quantileMs(samples, 0.99), "p99 of /api/health (ms)").toBeLessThan(HEALTH_P99_MS);
}

describe("load safety: one server process, bounded and on loopback", () => {
  let dataDir: string;
  let server: ServerProcess;
  let probe: HealthProbe;
  let idleKiB: number;

  beforeAll(async () => {
    // 1,000 sockets on each end, plus the server's own files.
    expect(await openFileLimit(), "ulimit -n must allow ~2,100 sockets and files").toBeGreaterThanOrEqual(
      2 * CONNECTIONS + 200,
    );
    dataDir = await mkdtemp(join(tmpdir(), "coplan-load-"));
    server = await startServerProcess({ dataDir });
    // Every 5 ms: each load below is a fixed amount of work, so a faster machine gives the probe less time to
    // sample it (at 20 ms the slow-reader stream, closed after 0.3 s on a fast day, left 10 samples, one short
    // of expectResponsive's floor). The probe waits for each answer, so it never has more than one request out.
    probe = startHealthProbe(server.url, { intervalMs: 5 });
    await probe.take();
    idleKiB = await residentKiB(server.process.pid!);
  }, 30_000);

  afterAll(async () => {
    await probe?.stop();
    await server?.kill();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("1,000 connections to one board and a presence flood leave it responsive; memory is bounded and returns", async () => {
    const board = await createBoardAccess(server.url);
    const url = wsUrl(server.url, board);
    const crowd: CrowdClient[] = [];
    await probe.take();
    const rss = await sampleRss(server, async () => {
      while (crowd.length < CONNECTIONS) {
        const batch = Math.min(OPEN_IN_PARALLEL, CONNECTIONS - crowd.length);
        crowd.push(...(await Promise.all(Array.from({ length: batch }, () => CrowdClient.open(url)))));
      }
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { connections: number };
      expect(health.connections).toBe(CONNECTIONS);

      const flooders = crowd.slice(0, FLOODERS);
      for (let round = 0; round < PRESENCE_UPDATES_EACH; round++) {
        for (const flooder of flooders)
          flooder.sendPresence({ user: { name: `Flooder ${flooder.clientId}` }, round });
      }
      await Promise.all(flooders.map((flooder) => flooder.roundTrip()));
      const witness = crowd[CONNECTIONS - 1]!;
      await wait(() => expect(witness.awarenessReceived).toBeGreaterThanOrEqual(FLOODERS));
    });
    const duringLoad = await probe.take();

    const peakKiB = Math.max(...rss);
    await Promise.all(crowd.map((client) => client.close()));
    await wait(async () => {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { connections: number };
      expect(health.connections).toBe(0);
    });
    const afterKiB = await wait(async () => {
      const kib = await residentKiB(server.process.pid!);
      expect(mib(kib - idleKiB), "RSS growth after every client left (MiB)").toBeLessThan(
        RESIDUAL_GROWTH_MIB,
      );
      return kib;
    });
    console.info(
      `load: idle ${mib(idleKiB).toFixed(0)} MiB, peak ${mib(peakKiB).toFixed(0)} MiB, after ${mib(afterKiB).toFixed(0)} MiB; ` +
        `health p50 ${quantileMs(duringLoad, 0.5).toFixed(1)} ms, p99 ${quantileMs(duringLoad, 0.99).toFixed(1)} ms, ` +
        `max ${quantileMs(duringLoad).toFixed(1)} ms over ${duringLoad.length} probes`,
    );
    expectResponsive(server, duringLoad);
    expect(mib(peakKiB - idleKiB), "peak RSS growth under load (MiB)").toBeLessThan(PEAK_GROWTH_MIB);
  }, 120_000);

  it("a client that never reads is disconnected as a slow reader instead of growing the server's memory", async () => {
    const board = await createBoardAccess(server.url);
    const editor = connectReplica(server.url, board);
    await wait(() => expect(editor.provider.synced).toBe(true));
    const stalled = await openRawTcpWebSocket(server.url, syncPath(board), { read: false });
    const connections = async () =>
      ((await (await fetch(`${server.url}/api/health`)).json()) as { connections: number }).connections;
    expect(await connections()).toBe(2);
    await probe.take();

    // 256 KiB of title text per update, removed again, so the document stays small while the stream is large.
    const chunk = "x".repeat(256 * 1024);
    let sent = 0;
    const rss = await sampleRss(server, async () => {
      while ((await connections()) === 2) {
        expect(sent, "the stalled client was never disconnected").toBeLessThan(400);
        setText(getBoardTitleText(editor.doc), chunk + sent);
        setText(getBoardTitleText(editor.doc), "");
        sent++;
        await wait(() => expect(editor.provider.ws?.bufferedAmount ?? 0).toBe(0));
      }
    });
    const duringStream = await probe.take();

    stalled.resume();
    expect(await stalled.ended).toBe(CLOSE_CODE.slowReader);
    console.info(
      `slow reader: closed after ${sent} updates of 256 KiB (${duringStream.length} health probes); peak RSS growth ${mib(Math.max(...rss) - idleKiB).toFixed(0)} MiB`,
    );
    expectResponsive(server, duringStream);
    expect(mib(Math.max(...rss) - idleKiB)).toBeLessThan(PEAK_GROWTH_MIB);
    expect(editor.provider.wsconnected).toBe(true);
    editor.destroy();
  }, 90_000);
});
