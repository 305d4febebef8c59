import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "../../shared/api/roles";
import type { BoardAccess, GrantedAccess } from "../access/resolve-access";
import { ADOPTION_TIMEOUT_MS, EarlySessionSlot, type EarlySession } from "./early-session";

class FakeSession implements EarlySession {
  isOpen = false;
  opens = 0;
  constructor(
    readonly boardId: string,
    readonly role: Role,
  ) {}
  open() {
    this.isOpen = true;
    this.opens += 1;
  }
  close() {
    this.isOpen = false;
  }
}

const granted = (role: Role): GrantedAccess => ({ status: "granted", role });
const refused: BoardAccess = { status: "failed", message: "Your browser did not keep the sign-in cookie" };

describe("EarlySessionSlot: the session opened before the board page rendered", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is adopted by the page that renders the access answer it was opened for, and stays open", () => {
    const slot = new EarlySessionSlot<FakeSession>();
    const early = new FakeSession("board-1", "editor");
    const answer = granted("editor");
    slot.open(early);
    expect(early.isOpen).toBe(true);
    slot.bind(answer);

    expect(slot.find("board-1", answer)).toBe(early);
    expect(slot.find("board-1", answer)).toBe(early); // StrictMode renders twice: finding has no effect
    slot.claim(early);
    slot.claim(early); // and runs the effect twice
    vi.advanceTimersByTime(ADOPTION_TIMEOUT_MS * 2);
    expect(early.isOpen).toBe(true);
    expect(early.opens).toBe(1);
  });

  it("is not adopted before the access check has answered: the socket may not yet be allowed", () => {
    const slot = new EarlySessionSlot<FakeSession>();
    const early = new FakeSession("board-1", "editor");
    slot.open(early);
    expect(slot.find("board-1", granted("editor"))).toBeUndefined();
  });

  it("is not adopted by a page for another board, nor after a retry (another answer), and is then closed", () => {
    const slot = new EarlySessionSlot<FakeSession>();
    const early = new FakeSession("board-1", "editor");
    const answer = granted("editor");
    slot.open(early, answer);

    expect(slot.find("board-2", answer)).toBeUndefined();
    const retried = granted("editor");
    expect(slot.find("board-1", retried)).toBeUndefined();
    const own = new FakeSession("board-1", "editor");
    slot.claim(own);
    expect(early.isOpen).toBe(false);
  });

  it("is closed when the check grants another role than the session started with", () => {
    const slot = new EarlySessionSlot<FakeSession>();
    const early = new FakeSession("board-1", "editor");
    slot.open(early);
    const answer = granted("viewer");
    slot.bind(answer);
    expect(early.isOpen).toBe(false);
    expect(slot.find("board-1", answer)).toBeUndefined();
  });

  it("is closed when the check does not grant access (the browser refused the cookie)", () => {
    const slot = new EarlySessionSlot<FakeSession>();
    const early = new FakeSession("board-1", "editor");
    slot.open(early);
    slot.bind(refused);
    expect(early.isOpen).toBe(false);
  });

  it("is closed when no page adopts it in time (the person left the board)", () => {
    const slot = new EarlySessionSlot<FakeSession>();
    const early = new FakeSession("board-1", "editor");
    const answer = granted("editor");
    slot.open(early, answer);
    vi.advanceTimersByTime(ADOPTION_TIMEOUT_MS - 1);
    expect(early.isOpen).toBe(true);
    vi.advanceTimersByTime(1);
    expect(early.isOpen).toBe(false);
    expect(slot.find("board-1", answer)).toBeUndefined();
  });

  it("opens nothing once the page has its own session: the tab keeps one socket", () => {
    const slot = new EarlySessionSlot<FakeSession>();
    slot.claim(new FakeSession("board-1", "editor"));
    const late = new FakeSession("board-1", "editor");
    slot.open(late, granted("editor"));
    expect(late.opens).toBe(0);
  });
});
