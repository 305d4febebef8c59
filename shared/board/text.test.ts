import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setText } from "./text";

describe("setText", () => {
  it("keeps a concurrent edit elsewhere in the text", () => {
    const a = new Y.Doc();
    const text = a.getText("t");
    text.insert(0, "Find finance");
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setText(text, "Find the right finance");
    setText(b.getText("t"), "Find finance now");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(text.toString()).toBe("Find the right finance now");
    expect(b.getText("t").toString()).toBe(text.toString());
  });

  /** Two replicas, `edit` applied on the first, synced both ways: what each holds. */
  function syncedAfter(initial: string, edit: (text: Y.Text) => void): [string, string] {
    const a = new Y.Doc();
    a.getText("t").insert(0, initial);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    edit(a.getText("t"));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    return [a.getText("t").toString(), b.getText("t").toString()];
  }

  it("never splits a surrogate pair: replacing one emoji by another leaves both replicas equal", () => {
    // 🙂 and 😀 share their high surrogate; a code-unit diff would insert a lone low surrogate.
    const [a, b] = syncedAfter("a🙂b", (text) => setText(text, "a😀b"));
    expect(a).toBe("a😀b");
    expect(b).toBe(a);
  });

  it("turns a lone surrogate into U+FFFD on every replica alike", () => {
    const [a, b] = syncedAfter("plan 🙂", (text) => setText(text, "plan \ud83d and more"));
    expect(a).toBe("plan \ufffd and more");
    expect(b).toBe(a);
  });

  it("never splits a pair at the end either: emojis sharing their low surrogate", () => {
    // U+1F642 is D83D DE42, U+1F242 is D83C DE42: a code-unit diff would keep a lone DE42.
    const [a, b] = syncedAfter("a\uD83D\uDE42b", (text) => setText(text, "a\uD83C\uDE42b"));
    expect(a).toBe("a\uD83C\uDE42b");
    expect(b).toBe(a);
  });
});
