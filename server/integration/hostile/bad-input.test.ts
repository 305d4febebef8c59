import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { HealthSample } from "./health-probe";
import { FRAME_ATTACKS, type AttackContext, type FrameAttack } from "./bad-input-corpus";
import { openRawTcpWebSocket } from "./raw-tcp-websocket";
import { step1Frame, step2Update } from "./sync-frames";
import { UPGRADE_ATTACKS } from "./upgrade-attacks";
import {
  expectBoardUnchanged,
  expectHealthy,
  rebaseline,
  startWatchedBoard,
  wait,
  type WatchedBoard,
} from "./watched-board";
import { encodeClientFrame, OPCODE } from "./ws-wire";

const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

type Result = { closed: true; code: number | undefined } | { closed: false };

/** Send the attack on a fresh connection, then a sync step 1: a step 2 back means everything before was handled and ignored. */
async function runFrameAttack(
  target: WatchedBoard,
  attack: FrameAttack,
  context: AttackContext,
): Promise<Result> {
  const raw = await openRawTcpWebSocket(target.server.url, target.path);
  try {
    const isStep2 = (payload: Uint8Array) => step2Update(payload) !== undefined;
    const step2sBefore = raw.messages.filter((message) => isStep2(message.payload)).length;
    const frames = attack
      .frames(context)
      .map((frame) =>
        Buffer.isBuffer(frame)
          ? frame
          : frame instanceof Uint8Array
            ? encodeClientFrame({ opcode: OPCODE.binary, payload: frame })
            : frame,
      );
    await raw.write([...frames, { opcode: OPCODE.binary, payload: step1Frame() }]);
    const answered = raw.until(
      (messages) => messages.filter((message) => isStep2(message.payload)).length > step2sBefore,
    );
    const outcome = await Promise.race([
      raw.ended.then((code): Result => ({ closed: true, code })),
      answered.then(
        (): Result => ({ closed: false }),
        () => new Promise<Result>(() => {}),
      ),
    ]);
    return outcome;
  } finally {
    raw.socket.destroy();
  }
}

describe("a bad-input corpus against the sync server (one server process, stock providers watching)", () => {
  let target: WatchedBoard;
  let context: AttackContext;

  beforeAll(async () => {
    target = await startWatchedBoard({ MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) });
    const clientId = target.watcher.doc.clientID;
    context = {
      realUpdate: target.realUpdate,
      maxMessageBytes: MAX_MESSAGE_BYTES,
      get victim() {
        const meta = target.watcher.provider.awareness.meta.get(clientId);
        return { clientId, clock: meta?.clock ?? 0 };
      },
    };
  }, 30_000);

  afterEach(async () => {
    await rebaseline(target);
  });

  afterAll(async () => {
    await target?.dispose();
  });

  it("has at least 40 named frames and upgrades", () => {
    expect(FRAME_ATTACKS.length + UPGRADE_ATTACKS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(FRAME_ATTACKS.map((attack) => attack.name)).size).toBe(FRAME_ATTACKS.length);
  });

  it.each(FRAME_ATTACKS)(
    "$name: closes the sender or is ignored; health answers; the document is unchanged",
    async (attack) => {
      await target.probe.take();
      const watcherName = () =>
        target.buddy.provider.awareness.getStates().get(target.watcher.doc.clientID)?.user?.name;
      const result = await runFrameAttack(target, attack, context);
      expectHealthy(target, await target.probe.take());

      if (attack.expect === "closes-or-ignored") expect(result).toBeDefined();
      else {
        expect(result.closed).toBe(true);
        if (result.closed && attack.expect.closes.length > 0)
          expect(attack.expect.closes).toContain(result.code);
      }
      if (attack.spoofsPresence) {
        expect(watcherName(), "another connection rewrote the watcher's presence").toBe("Watcher");
        expect(target.watcher.provider.awareness.getLocalState()?.user?.name).toBe("Watcher");
      }
      await expectBoardUnchanged(target, attack.name);
    },
  );

  it.each(UPGRADE_ATTACKS)(
    "$name: no WebSocket is opened; health answers throughout; the document is unchanged",
    async (attack) => {
      await target.probe.take();
      const connectionsBefore = await connectionCount(target);
      const samples: HealthSample[] = [];
      const answer = await attack.run(target.server.url, target.path, async () => {
        await wait(async () => {
          samples.push(...(await target.probe.take()));
          expect(samples.length).toBeGreaterThanOrEqual(5);
        });
        expect(await connectionCount(target)).toBeLessThanOrEqual(connectionsBefore);
      });
      expect(answer).not.toBe(101);
      if (typeof answer === "number") expect(answer).toBeGreaterThanOrEqual(400);
      expectHealthy(target, [...samples, ...(await target.probe.take())]);
      await expectBoardUnchanged(target, attack.name);
    },
  );
});

async function connectionCount(target: WatchedBoard): Promise<number> {
  const response = await fetch(`${target.server.url}/api/health`);
  return ((await response.json()) as { connections: number }).connections;
}
