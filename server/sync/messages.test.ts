import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { syncStep2MessageOf } from "./messages";

describe("outgoing frames", () => {
  it.each([10, 300, 70_000])(
    "[S32] a step 2 around an update built elsewhere is framed byte for byte as y-protocols frames it (%i characters)",
    (characters) => {
      const doc = new Y.Doc();
      doc.get("notes", Y.Text).insert(0, "x".repeat(characters));
      const expected = encoding.createEncoder();
      encoding.writeVarUint(expected, MESSAGE_TYPE.sync);
      syncProtocol.writeSyncStep2(expected, doc, new Uint8Array([0]));
      expect(syncStep2MessageOf(Y.encodeStateAsUpdate(doc))).toEqual(encoding.toUint8Array(expected));
    },
  );
});
