import { lazy, Suspense } from "react";
import type { NotesEditorProps } from "./NotesEditor";

/** Tiptap and ProseMirror are most of the board's code: fetched apart, once the board is on screen. */
export const loadNotesEditor = () => import("./NotesEditor");

const NotesEditor = lazy(() => loadNotesEditor().then((module) => ({ default: module.NotesEditor })));

export function LazyNotesEditor(props: NotesEditorProps) {
  return (
    <Suspense fallback={<NotesLoading />}>
      <NotesEditor {...props} />
    </Suspense>
  );
}

function NotesLoading() {
  return (
    <div className="field notes-editor">
      <span className="field__label">Notes</span>
      <div className="notes-editor__frame notes-editor__frame--loading">
        <p className="muted">Loading notes…</p>
      </div>
    </div>
  );
}
