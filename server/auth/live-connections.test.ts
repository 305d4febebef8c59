import { describe, expect, it } from "vitest";
import { LiveConnections } from "./live-connections";

describe("LiveConnections", () => {
  it("closes every connection of a revoked link and only those", () => {
    const live = new LiveConnections();
    const closed: string[] = [];
    live.register("a", () => closed.push("a1"));
    live.register("a", () => closed.push("a2"));
    const forgetB = live.register("b", () => closed.push("b1"));
    expect(live.revoke("a")).toBe(2);
    expect(closed).toEqual(["a1", "a2"]);
    forgetB();
    expect(live.revoke("b")).toBe(0);
    expect(closed).toEqual(["a1", "a2"]);
  });

  it("closes at once a connection of a link revoked while it was being authorised", () => {
    const live = new LiveConnections();
    live.revoke("a");
    let closed = false;
    live.register("a", () => (closed = true));
    expect(closed).toBe(true);
    expect(live.count("a")).toBe(0);
  });
});
