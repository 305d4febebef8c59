import * as Y from "yjs";
import { deleteAction, findAction, peekActionNotes, type ActionView } from "../../shared/board";
import type { BoardSession } from "../sync/board-session";

/** Notes hold nothing a person wrote: no text and nothing but empty paragraphs (the editor's own default). */
export function isBlankNotes(notes: Y.XmlFragment | undefined): boolean {
  if (!notes) return true;
  return notes
    .toArray()
    .every(
      (node) =>
        node instanceof Y.XmlElement &&
        node.nodeName === "paragraph" &&
        node.toArray().every((child) => child instanceof Y.XmlText && child.length === 0),
    );
}

/** Every field still as "Add action" left it. */
export function isUntouchedAction(action: ActionView, notes: Y.XmlFragment | undefined): boolean {
  return (
    action.title.trim() === "" &&
    action.owner === "" &&
    action.partners.length === 0 &&
    action.status === "idea" &&
    action.due === "" &&
    action.milestone === "" &&
    isBlankNotes(notes)
  );
}

/**
 * Remove an action this person just added and left completely empty, as their own undoable edit, so
 * "Add action" then close leaves no "Untitled action" card. Returns the removed action, if it was.
 * Only call it for an action created in this session: someone else's empty card is theirs to keep.
 */
export function discardUntouchedAction(session: BoardSession, actionId: string): ActionView | undefined {
  const action = findAction(session.doc, actionId);
  if (!action || !isUntouchedAction(action, peekActionNotes(session.doc, actionId))) return undefined;
  // Its own undo step, even right after "Add action": Undo then brings the card back rather than nothing.
  session.undoManager.stopCapturing();
  session.change(() => deleteAction(session.doc, actionId));
  return action;
}
