import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keepOpen, type Connectable } from "./keep-open";

function fakeSession() {
  const calls: string[] = [];
  const session: Connectable = { open: () => calls.push("open"), close: () => calls.push("close") };
  return { calls, session };
}

describe("keepOpen", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("keeps the session through StrictMode's immediate cleanup and re-run of the effect", () => {
    const { calls, session } = fakeSession();
    const release = keepOpen(session);
    release();
    const releaseAgain = keepOpen(session);
    vi.runAllTimers();
    expect(calls).toEqual(["open", "open"]); // BoardSession.open does nothing when already open
    releaseAgain();
    vi.runAllTimers();
    expect(calls).toEqual(["open", "open", "close"]);
  });

  it("closes the session once the component has really unmounted", () => {
    const { calls, session } = fakeSession();
    keepOpen(session)();
    expect(calls).toEqual(["open"]);
    vi.runAllTimers();
    expect(calls).toEqual(["open", "close"]);
  });

  it("counts one release per cleanup, however often it is called", () => {
    const { calls, session } = fakeSession();
    const release = keepOpen(session);
    const other = keepOpen(session);
    release();
    release();
    vi.runAllTimers();
    expect(calls).toEqual(["open", "open"]);
    other();
    vi.runAllTimers();
    expect(calls).toEqual(["open", "open", "close"]);
  });
});
