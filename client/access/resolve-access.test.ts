import { describe, expect, it, vi } from "vitest";
import type { AccessInfo, Role } from "../../shared/api/roles";
import { ApiError } from "../api/api-error";
import { resolveAccess, type AccessSources } from "./resolve-access";

const boardId = "a".repeat(11) + "B".repeat(11);
const unauthorized = () => new ApiError("no credential", 401, "unauthorized");

/** A tiny stand-in for the server's session rules: tokens map to roles, a session is a cookie. */
function server(tokens: Record<string, Role>, cookie?: Role) {
  const calls: string[] = [];
  let session = cookie;
  let refusing = false;
  const sources = (linkToken?: string, savedToken?: string): AccessSources => ({
    linkToken,
    savedToken,
    startSession: (token) => {
      calls.push(`session ${token}`);
      const role = tokens[token];
      if (!role) return Promise.reject(unauthorized());
      if (!refusing) session = role;
      return Promise.resolve<AccessInfo>({ boardId, role });
    },
    fetchAccess: () => {
      calls.push("me");
      return session ? Promise.resolve({ boardId, role: session }) : Promise.reject(unauthorized());
    },
    onLinkTokenUsed: () => calls.push("forget"),
    onSessionStarted: (role) => calls.push(`started ${role}`),
  });
  return { calls, sources, refuseCookies: () => (refusing = true) };
}

describe("resolveAccess", () => {
  it("exchanges a fresh link token, forgets it, then asks who the cookie is", async () => {
    const { calls, sources } = server({ cpl_view: "viewer" });
    expect(await resolveAccess(sources("cpl_view"))).toEqual({ status: "granted", role: "viewer" });
    expect(calls).toEqual(["session cpl_view", "forget", "started viewer", "me"]);
  });

  it("tells the role the server granted as soon as the session starts, before /me answers", async () => {
    const { calls, sources } = server({ cpl_edit: "editor" });
    let answerMe = () => {};
    const check = resolveAccess({
      ...sources("cpl_edit"),
      fetchAccess: () => new Promise((resolve) => (answerMe = () => resolve({ boardId, role: "editor" }))),
    });
    await vi.waitFor(() => expect(calls).toEqual(["session cpl_edit", "forget", "started editor"]));
    answerMe();
    expect(await check).toEqual({ status: "granted", role: "editor" });
  });

  it("still says the cookie was refused when the session started but the browser did not keep it", async () => {
    const { calls, sources, refuseCookies } = server({ cpl_edit: "editor" });
    refuseCookies();
    expect(await resolveAccess(sources("cpl_edit"))).toEqual({
      status: "failed",
      message: expect.stringMatching(/did not keep the sign-in cookie/),
    });
    expect(calls).toEqual(["session cpl_edit", "forget", "started editor", "me"]);
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
    expect(calls).toEqual(["me", "session cpl_fac", "started facilitator", "me"]);
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
