import { describe, expect, it } from "vitest";
import type { AccessInfo, Role } from "../../shared/api/roles";
import { ApiError } from "../api/api-error";
import { resolveAccess, type AccessSources } from "./resolve-access";

const boardId = "a".repeat(11) + "B".repeat(11);
const unauthorized = () => new ApiError("no credential", 401, "unauthorized");

/** A tiny stand-in for the server's session rules: tokens map to roles, a session is a cookie. */
function server(tokens: Record<string, Role>, cookie?: Role) {
  const calls: string[] = [];
  let session = cookie;
  const sources = (linkToken?: string, savedToken?: string): AccessSources => ({
    linkToken,
    savedToken,
    startSession: (token) => {
      calls.push(`session ${token}`);
      const role = tokens[token];
      if (!role) return Promise.reject(unauthorized());
      session = role;
      return Promise.resolve<AccessInfo>({ boardId, role });
    },
    fetchAccess: () => {
      calls.push("me");
      return session ? Promise.resolve({ boardId, role: session }) : Promise.reject(unauthorized());
    },
    onLinkTokenUsed: () => calls.push("forget"),
  });
  return { calls, sources };
}

describe("resolveAccess", () => {
  it("exchanges a fresh link token, forgets it, then asks who the cookie is", async () => {
    const { calls, sources } = server({ cpl_view: "viewer" });
    expect(await resolveAccess(sources("cpl_view"))).toEqual({ status: "granted", role: "viewer" });
    expect(calls).toEqual(["session cpl_view", "forget", "me"]);
  });

  it("uses an existing session cookie without any token", async () => {
    const { calls, sources } = server({}, "editor");
    expect(await resolveAccess(sources())).toEqual({ status: "granted", role: "editor" });
    expect(calls).toEqual(["me"]);
  });

  it("says a link is needed when there is neither a cookie nor a token", async () => {
    const { sources } = server({});
    expect(await resolveAccess(sources())).toEqual({ status: "denied", reason: "no-link" });
  });

  it("says the link was refused when its token is revoked or wrong", async () => {
    const { calls, sources } = server({});
    expect(await resolveAccess(sources("cpl_revoked"))).toEqual({ status: "denied", reason: "link-refused" });
    expect(calls).toEqual(["session cpl_revoked", "forget"]);
  });

  it("renews an expired cookie with the facilitator link saved on this device", async () => {
    const { calls, sources } = server({ cpl_fac: "facilitator" });
    expect(await resolveAccess(sources(undefined, "cpl_fac"))).toEqual({
      status: "granted",
      role: "facilitator",
    });
    expect(calls).toEqual(["me", "session cpl_fac", "me"]);
  });

  it("reports a network failure without dropping the token, so Try again can use it", async () => {
    const calls: string[] = [];
    const result = await resolveAccess({
      linkToken: "cpl_x",
      savedToken: undefined,
      startSession: () => Promise.reject(new ApiError("offline", 0, "network_error")),
      fetchAccess: () => Promise.reject(new Error("not reached")),
      onLinkTokenUsed: () => calls.push("forget"),
    });
    expect(result).toEqual({ status: "failed", message: "offline" });
    expect(calls).toEqual([]);
  });
});
