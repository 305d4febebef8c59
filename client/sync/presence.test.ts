import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { readPresence } from "./presence";

function peer(name: unknown, color: unknown): Awareness {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalStateField("user", { name, color });
  return awareness;
}

describe("readPresence", () => {
  it("lists yourself first, then others by name, and skips states without a usable name", () => {
    const self = peer("Priya", "#1d4ed8");
    for (const other of [peer("Zoe", "#b91c1c"), peer("Ben", "#0f766e"), peer("   ", "#000000")]) {
      applyAwarenessUpdate(self, encodeAwarenessUpdate(other, [other.clientID]), "remote");
      other.destroy();
    }
    expect(readPresence(self).map((person) => [person.name, person.isSelf])).toEqual([
      ["Priya", true],
      ["Ben", false],
      ["Zoe", false],
    ]);
    self.destroy();
  });

  it("replaces a colour that is not six-digit hex, and keeps names as plain text", () => {
    const self = peer("<img src=x onerror=alert(1)>", "red; background: url(x)");
    const [person] = readPresence(self);
    expect(person?.name).toBe("<img src=x onerror=alert(1)>");
    expect(person?.color).toMatch(/^#[0-9a-f]{6}$/i);
    self.destroy();
  });
});
