import { describe, expect, it } from "vitest";
import { decodeState, exportUrl } from "./snapshots";

describe("snapshot API helpers", () => {
  it("links an export of the live board or of a snapshot", () => {
    expect(exportUrl("abc", "docx")).toBe("/api/boards/abc/export?format=docx");
    expect(exportUrl("abc", "pdf", "S1S1S1S1S1S1")).toBe(
      "/api/boards/abc/export?format=pdf&snapshot=S1S1S1S1S1S1",
    );
  });

  it("decodes a base64 state into its bytes", () => {
    expect([...decodeState(Buffer.from([0, 1, 254, 255]).toString("base64"))]).toEqual([0, 1, 254, 255]);
  });
});
