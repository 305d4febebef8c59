import { describe, expect, it } from "vitest";
import { createOriginPolicy } from "./origin-policy";

describe("createOriginPolicy", () => {
  it("allows the server's own origin and listed ones, nothing else", () => {
    const policy = createOriginPolicy(["https://plans.council.example"]);
    expect(policy.allows("http://127.0.0.1:8787", "127.0.0.1:8787")).toBe(true);
    expect(policy.allows("https://plans.council.example", "internal:8787")).toBe(true);
    expect(policy.allows("https://evil.example", "127.0.0.1:8787")).toBe(false);
    expect(policy.allows("http://127.0.0.1:9999", "127.0.0.1:8787")).toBe(false);
    expect(policy.allows("null", "127.0.0.1:8787")).toBe(false);
    expect(policy.allows("file:///x", "x")).toBe(false);
    expect(policy.allows("http://127.0.0.1:8787", undefined)).toBe(false);
  });
});
