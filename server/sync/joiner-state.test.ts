import { afterEach, describe, expect, it, vi } from "vitest";
import { getBoardTitleText } from "../../shared/board";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { boardContent } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import type { TestClient } from "./testing/test-client";

const SYNC_STEP2 = 1;

function step2Sent(client: TestClient): Uint8Array | undefined {
  return client.socket.sent.find((frame) => frame[0] === MESSAGE_TYPE.sync && frame[1] === SYNC_STEP2);
}

describe("joiners that hold nothing yet", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  it("[S1] share one encoded step 2 while the board is unchanged, and the next one after a change", async () => {
    harness = new SyncHarness("sqlite");
    const [alice, bob] = await harness.syncedClients(2);
    // A crowd joining at once costs the server one encode, not one each.
    expect(step2Sent(alice!)).toBeDefined();
    expect(step2Sent(bob!)).toBe(step2Sent(alice!));

    getBoardTitleText(alice!.doc).insert(0, "Edited ");
    await vi.waitFor(() => expect(boardContent(bob!.doc).title).toBe("Edited Test plan"));
    const carol = harness.client("board");
    await vi.waitFor(() => expect(carol.synced).toBe(true));
    expect(step2Sent(carol)).not.toBe(step2Sent(alice!));
    expect(boardContent(carol.doc).title).toBe("Edited Test plan");
  });
});
