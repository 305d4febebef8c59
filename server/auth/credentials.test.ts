import { describe, expect, it } from "vitest";
import { readCredential } from "./credentials";

describe("readCredential", () => {
  const board = "b".repeat(22);

  it("prefers the bearer header, then the query token, then the board's cookie", () => {
    const cookie = `other=1; coplan_session_${board}=cps_cookie; coplan_session_${"c".repeat(22)}=cps_else`;
    expect(readCredential(board, { authorization: "Bearer cpl_x", queryToken: "q", cookie })).toEqual({
      secret: "cpl_x",
      source: "bearer",
    });
    expect(readCredential(board, { queryToken: "cpl_q", cookie })).toEqual({
      secret: "cpl_q",
      source: "query",
    });
    expect(readCredential(board, { cookie })).toEqual({ secret: "cps_cookie", source: "cookie" });
  });

  it("has no credential without any, and a bad one for a malformed Authorization header", () => {
    expect(readCredential(board, {})).toBeUndefined();
    expect(readCredential(board, { cookie: "coplan_session_other=cps_x" })).toBeUndefined();
    expect(readCredential(board, { authorization: "Basic abc" })).toEqual({ secret: "", source: "bearer" });
  });
});
