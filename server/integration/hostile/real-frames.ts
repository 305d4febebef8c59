import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import {
  addAxisItem,
  addPartner,
  createAction,
  deleteAction,
  getActionNotes,
  getActionTitleText,
  getBoardTitleText,
  moveAction,
  readBoard,
  setActionField,
  setText,
} from "../../../shared/board";
import { MESSAGE_TYPE } from "../../../shared/protocol/message-types";
import { awarenessFrame, step1Frame, step2Frame, updateFrame } from "./sync-frames";

/**
 * Frames a stock client would send about a copy of `board` (never applied to the board itself):
 * step 1 and 2, updates of every kind of edit (maps, text, rich text, deletions), awareness, query.
 */
export function realFrames(board: Y.Doc): Uint8Array[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(board));
  const frames: Uint8Array[] = [
    step1Frame(Y.encodeStateVector(doc)),
    Uint8Array.of(MESSAGE_TYPE.queryAwareness),
  ];
  doc.on("update", (update: Uint8Array) => frames.push(updateFrame(update)));
  const { themes, columns } = readBoard(doc);
  const actionId = createAction(doc, {
    title: "Fuzz seed",
    themeId: themes[0]!.id,
    columnId: columns[0]!.id,
  });
  setText(getBoardTitleText(doc), "Plymouth co-operative plan (fuzzed)");
  setText(getActionTitleText(doc, actionId)!, "Fuzz seed, renamed");
  setActionField(doc, actionId, "status", "in-progress");
  addPartner(doc, actionId, "Credit union");
  moveAction(doc, actionId, themes[1]!.id, columns[2]!.id, 0);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText("Notes with "), new Y.XmlText("bold")]);
  getActionNotes(doc, actionId)!.insert(0, [paragraph]);
  addAxisItem(doc, "theme", "Fuzzed theme");
  deleteAction(doc, actionId);
  frames.push(step2Frame(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(board))));
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: "Fuzz", color: "#336699" }, cursor: null });
  frames.push(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])));
  awareness.destroy();
  doc.destroy();
  return frames;
}
