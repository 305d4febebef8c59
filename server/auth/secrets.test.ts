import { describe, expect, it } from "vitest";
import { hashSecret, isWellFormedSecret, mintLinkToken, mintSessionSecret, secretsEqual } from "./secrets";

describe("secrets", () => {
  it("mints cpl_/cps_ + 32 random bytes in base64url, never twice the same", () => {
    const tokens = new Set(Array.from({ length: 100 }, mintLinkToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^cpl_[A-Za-z0-9_-]{43}$/);
    expect(mintSessionSecret()).toMatch(/^cps_[A-Za-z0-9_-]{43}$/);
  });

  it("hashes with SHA-256 (hex) and never returns the secret", () => {
    const token = mintLinkToken();
    expect(hashSecret(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(token)).toBe(hashSecret(token));
    expect(hashSecret(token)).not.toContain(token.slice(4));
  });

  it("refuses anything not shaped like a minted secret before any lookup", () => {
    expect(isWellFormedSecret(mintLinkToken())).toBe(true);
    for (const bad of [
      "",
      "cpl_short",
      `cpx_${"a".repeat(43)}`,
      `cpl_${"a".repeat(43)}/`,
      `cpl_${"a".repeat(44)}`,
    ]) {
      expect(isWellFormedSecret(bad)).toBe(false);
    }
  });

  it("compares secrets of any lengths", () => {
    expect(secretsEqual("a".repeat(40), "a".repeat(40))).toBe(true);
    expect(secretsEqual("a".repeat(40), "a".repeat(39))).toBe(false);
    expect(secretsEqual("", "a")).toBe(false);
  });
});
