import * as Y from "yjs";
import type { RecordMap } from "../../shared/board/roots";
import { peekBusinesses } from "../../shared/board/succession-root";
import { redactConfidentialDoc } from "../../shared/board/succession-redact";
import { syncStep2Message } from "./messages";

/** What readers need after a batch of the board's updates. */
export type ReaderChange =
  | { kind: "none" }
  | { kind: "update"; update: Uint8Array }
  /** A business they saw as a placeholder is no longer confidential: only a fresh view can show it. */
  | { kind: "reset" };

/**
 * The board as read-only connections (viewer links) receive it: the same document with every
 * confidential business stripped to a placeholder, so its details never reach a viewer's browser.
 *
 * The view only ever DELETES what the board holds (see redactConfidentialDoc), so it keeps the
 * board's structure and takes the board's own updates unchanged. Each durable batch is applied and
 * redacted in ONE transaction: content that arrives confidential is garbage collected before the
 * transaction emits its update, so the update sent to readers never carries it.
 *
 * A view cannot undelete. When a redacted business stops being confidential, readers must start
 * again from a fresh view, hence `reset`.
 */
export class ReaderView {
  readonly doc = new Y.Doc();
  private redacted = new Map<string, RecordMap>();
  /** The step 2 for a reader holding nothing yet, encoded once per version of the view. */
  private fullStateMessage?: Uint8Array;

  /** `state`: the board's durable state (no pending content). */
  constructor(state: Uint8Array) {
    this.doc.transact(() => {
      Y.applyUpdate(this.doc, state);
      this.redacted = redactConfidentialDoc(this.doc);
    });
  }

  apply(update: Uint8Array): ReaderChange {
    const emitted: Uint8Array[] = [];
    const capture = (viewUpdate: Uint8Array) => emitted.push(viewUpdate);
    this.doc.on("update", capture);
    try {
      this.doc.transact(() => {
        Y.applyUpdate(this.doc, update);
        for (const [id, record] of redactConfidentialDoc(this.doc)) this.redacted.set(id, record);
      });
    } finally {
      this.doc.off("update", capture);
    }
    if (this.revealsRedacted()) return { kind: "reset" };
    const [first] = emitted;
    if (!first) return { kind: "none" };
    this.fullStateMessage = undefined;
    return { kind: "update", update: emitted.length === 1 ? first : Y.mergeUpdates(emitted) };
  }

  /** The step 2 answering a reader's step 1. */
  step2Message(stateVector: Uint8Array): Uint8Array {
    if (!(stateVector.length === 1 && stateVector[0] === 0)) return syncStep2Message(this.doc, stateVector);
    this.fullStateMessage ??= syncStep2Message(this.doc, stateVector);
    return this.fullStateMessage;
  }

  /**
   * Whether a reader's update holds content the view lacks. A reader's sync step 2 carries its whole
   * delete set; deletions the view lacks come from an earlier view (or from a reader tampering) and
   * are ignored like everything a reader sends; new content means it tried to write.
   */
  bringsNewContent(update: Uint8Array): boolean {
    const theirs = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
    const ours = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    for (const [client, clock] of theirs) {
      if (clock > (ours.get(client) ?? 0)) return true;
    }
    return false;
  }

  destroy(): void {
    this.doc.destroy();
  }

  /** A record the view redacted is still the business's record, and is no longer confidential. */
  private revealsRedacted(): boolean {
    const businesses = peekBusinesses(this.doc);
    for (const [id, record] of this.redacted) {
      if (businesses?.get(id) !== record) this.redacted.delete(id);
      else if (record.get("confidential") !== true) return true;
    }
    return false;
  }
}
