import * as Y from "yjs";
import { createAction, getActionNotes, moveAction } from "../../shared/board";

/** A client's pre-computed updates, in order, each one transaction, with the clock it starts at. */
export interface UpdateChain {
  client: number;
  updates: Uint8Array[];
  clocks: number[];
}

/** A document with a fixed client id whose every transaction is recorded as one update. */
export function recordingDoc(client: number): { doc: Y.Doc; chain: UpdateChain } {
  const doc = new Y.Doc();
  doc.clientID = client;
  const chain: UpdateChain = { client, updates: [], clocks: [] };
  let clockBefore = 0;
  doc.on("beforeTransaction", () => (clockBefore = Y.getState(doc.store, client)));
  doc.on("update", (update: Uint8Array) => {
    chain.updates.push(update);
    chain.clocks.push(clockBefore);
  });
  return { doc, chain };
}

/** A new action with one empty paragraph in its notes; returns the paragraph's text. */
export function actionWithNotes(doc: Y.Doc, title: string): Y.XmlText {
  return doc.transact(() => {
    const id = createAction(doc, { title, themeId: "bench-theme", columnId: "bench-column" });
    const notes = getActionNotes(doc, id);
    if (!notes) throw new Error("the new action has no notes");
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    notes.insert(0, [paragraph]);
    return text;
  });
}

const KEYS = "the quick brown fox jumps over the lazy dog ";

/**
 * Update 0 creates an action with a notes paragraph; each later update types `keysPerUpdate`
 * characters at its end (one, as Tiptap sends a keystroke, unless batched). Each update depends only on the ones before it, so
 * any server accepts the chain on any board.
 */
export function typingChain(client: number, keystrokes: number, keysPerUpdate = 1): UpdateChain {
  const { doc, chain } = recordingDoc(client);
  const text = actionWithNotes(doc, `Notes of ${client}`);
  for (let key = 0; key < keystrokes; key += keysPerUpdate) {
    doc.transact(() => {
      for (let offset = 0; offset < keysPerUpdate; offset++) {
        text.insert(text.length, KEYS[(key + offset) % KEYS.length] as string);
      }
    });
  }
  doc.destroy();
  return chain;
}

/**
 * Update 0 creates `cards` actions; each later update moves `movesPerUpdate` of them (one value
 * each: cell and order), round-robin across two columns, as a drag and drop does.
 */
export function movesChain(
  client: number,
  cards: number,
  moves: number,
  movesPerUpdate: number,
): UpdateChain {
  const { doc, chain } = recordingDoc(client);
  const ids = doc.transact(() =>
    Array.from({ length: cards }, (_, index) =>
      createAction(doc, { title: `Card ${index}`, themeId: "bench-theme", columnId: "column-a" }),
    ),
  );
  let moved = 0;
  while (moved < moves) {
    doc.transact(() => {
      for (let step = 0; step < movesPerUpdate && moved < moves; step++, moved++) {
        const id = ids[moved % cards] as string;
        const column = Math.floor(moved / cards) % 2 === 0 ? "column-b" : "column-a";
        moveAction(doc, id, "bench-theme", column, moved % 7);
      }
    });
  }
  doc.destroy();
  return chain;
}

/** Client ids far from any random Yjs id a server would pick, distinct per index. */
export function benchClientId(index: number): number {
  return 1_000_000 + index;
}
