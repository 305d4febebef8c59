import { describe, expect, it } from "vitest";
import { networkUrls } from "./network-urls";

describe("networkUrls", () => {
  it("lists nothing for a loopback or named host", () => {
    expect(networkUrls("127.0.0.1", 8787)).toEqual([]);
    expect(networkUrls("localhost", 8787)).toEqual([]);
  });

  it("lists shareable IPv4 URLs with the port, never 0.0.0.0 or loopback, for HOST=0.0.0.0", () => {
    const urls = networkUrls("0.0.0.0", 8787);
    for (const url of urls) {
      expect(url).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:8787$/);
      expect(url).not.toContain("0.0.0.0");
      expect(url).not.toContain("127.");
    }
  });
});
