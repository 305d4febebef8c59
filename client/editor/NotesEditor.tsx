import { useEffect, useId } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import { getActionNotes } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { useIdentity } from "../identity/identity-context";
import { notesExtensions } from "./notes-extensions";
import { NotesToolbar } from "./NotesToolbar";
import "./editor.css";

export interface NotesEditorProps {
  actionId: string;
  actionTitle: string;
  /** False for viewers: the notes are shown live, with everyone's carets, but cannot be changed. */
  editable?: boolean;
}

/** Rich-text notes for one action: one Y.XmlFragment per action in the board's single Y.Doc. */
export function NotesEditor({ actionId, actionTitle, editable = true }: NotesEditorProps) {
  const session = useSession();
  const { user } = useIdentity();
  const labelId = useId();
  const fragment = getActionNotes(session.doc, actionId);
  const label = `Notes for ${actionTitle}`;
  const editor = useEditor(
    {
      editable,
      extensions: fragment ? notesExtensions({ fragment, provider: session.provider, user, editable }) : [],
      editorProps: {
        attributes: {
          "aria-label": label,
          "aria-multiline": "true",
          ...(editable ? {} : { "aria-readonly": "true" }),
          role: "textbox",
          class: "notes-editor__content",
        },
      },
    },
    [fragment, session.provider, editable],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({
      editorProps: { attributes: { ...editor.options.editorProps.attributes, "aria-label": label } },
    });
  }, [editor, label]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && user)
      editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user]);

  return (
    <div className="field notes-editor">
      <span id={labelId} className="field__label">
        Notes
      </span>
      <div className="notes-editor__frame" data-testid="action.notes">
        {editor && editable && <NotesToolbar editor={editor} labelledBy={labelId} />}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
