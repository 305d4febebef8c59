import { useEffect } from "react";
import type { BoardSession } from "../sync/board-session";

function isInsideRichText(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest("[contenteditable='true'], .ProseMirror");
}

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo this person's own board edits. Rich-text
 * notes keep their own undo (y-tiptap), so key presses inside an editor are left to it. In plain fields the
 * browser's own undo is suppressed: it would not know about the shared text.
 */
export function useUndoShortcut(session: BoardSession): void {
  useEffect(() => {
    if (!session.canEdit) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isInsideRichText(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey);
      const undo = key === "z" && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      if (undo) session.undo();
      else session.redo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [session]);
}
