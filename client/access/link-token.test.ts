import { describe, expect, it } from "vitest";
import { splitLinkToken } from "./link-token";

describe("splitLinkToken", () => {
  it("takes the token out of the fragment", () => {
    expect(splitLinkToken("#token=cpl_abc-DEF_123")).toEqual({ token: "cpl_abc-DEF_123", rest: "" });
  });

  it("keeps other fragment parameters", () => {
    expect(splitLinkToken("#view=present&token=cpl_x")).toEqual({ token: "cpl_x", rest: "#view=present" });
  });

  it("finds nothing in an empty or token-less fragment", () => {
    expect(splitLinkToken("")).toEqual({ token: undefined, rest: "" });
    expect(splitLinkToken("#token=")).toEqual({ token: undefined, rest: "" });
    expect(splitLinkToken("#section")).toEqual({ token: undefined, rest: "#section" });
  });
});
