import { describe, expect, it } from "vitest";
import type { Role } from "../../shared/api/roles";
import type { EarlyAccessWatcher } from "../access/check-access";
import type { BoardAccess, GrantedAccess } from "../access/resolve-access";
import { EarlySessionSlot, type EarlySession } from "./early-session";
import { syncEarly } from "./start-early-sync";

class FakeSession implements EarlySession {
  isOpen = false;
  constructor(
    readonly boardId: string,
    readonly role: Role,
  ) {}
  open() {
    this.isOpen = true;
  }
  close() {
    this.isOpen = false;
  }
}

const BOARD = "board-1";

/** The page load's early sync with its session code and access check under the test's control. */
function pageLoad() {
  const slot = new EarlySessionSlot<FakeSession>();
  const made: FakeSession[] = [];
  let loadCode = () => {};
  let watcher: EarlyAccessWatcher = {};
  syncEarly<FakeSession>(BOARD, {
    loadSessions: () =>
      new Promise((resolve) => {
        loadCode = () =>
          resolve((boardId, role) => {
            const session = new FakeSession(boardId, role);
            made.push(session);
            return session;
          });
      }),
    prefetchAccess: (boardId, given) => {
      expect(boardId).toBe(BOARD);
      watcher = given;
    },
    slot,
  });
  const codeLoaded = async () => {
    loadCode();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { slot, made, codeLoaded, watcher: () => watcher };
}

const granted = (role: Role): GrantedAccess => ({ status: "granted", role });

describe("syncEarly: the board's socket opens from the page load", () => {
  it("as soon as POST /session has answered, while /me runs; /me's grant lets the page adopt it", async () => {
    const { slot, made, codeLoaded, watcher } = pageLoad();
    await codeLoaded();
    expect(made).toEqual([]);
    watcher().sessionStarted?.("editor");
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ boardId: BOARD, role: "editor", isOpen: true });
    const answer = granted("editor");
    watcher().answered?.(answer);
    expect(slot.find(BOARD, answer)).toBe(made[0]);
  });

  it("once the session code has loaded, when the check answered first", async () => {
    const { slot, made, codeLoaded, watcher } = pageLoad();
    const answer = granted("viewer");
    watcher().answered?.(answer);
    expect(made).toEqual([]);
    await codeLoaded();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ role: "viewer", isOpen: true });
    expect(slot.find(BOARD, answer)).toBe(made[0]);
  });

  it("with /me's role when it answered before the code loaded", async () => {
    const { made, codeLoaded, watcher } = pageLoad();
    watcher().sessionStarted?.("editor");
    watcher().answered?.(granted("viewer"));
    await codeLoaded();
    expect(made.map((session) => session.role)).toEqual(["viewer"]);
  });

  it("is closed when /me says the browser refused the cookie: the page shows that, not the board", async () => {
    const { slot, made, codeLoaded, watcher } = pageLoad();
    await codeLoaded();
    watcher().sessionStarted?.("editor");
    const refused: BoardAccess = {
      status: "failed",
      message: "Your browser did not keep the sign-in cookie",
    };
    watcher().answered?.(refused);
    expect(made[0]?.isOpen).toBe(false);
    expect(slot.find(BOARD, granted("editor"))).toBeUndefined();
  });

  it("never opens when the check did not grant access before the code loaded", async () => {
    const { made, codeLoaded, watcher } = pageLoad();
    watcher().sessionStarted?.("editor");
    watcher().answered?.({ status: "denied", reason: "link-refused" });
    await codeLoaded();
    expect(made).toEqual([]);
  });

  it("opens one session only, however the answers arrive", async () => {
    const { made, codeLoaded, watcher } = pageLoad();
    watcher().sessionStarted?.("facilitator");
    await codeLoaded();
    watcher().answered?.(granted("facilitator"));
    expect(made).toHaveLength(1);
    expect(made[0]?.isOpen).toBe(true);
  });
});
