import { useEffect, useId } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import type * as Y from "yjs";
import { useSession } from "../sync/session-context";
import { useIdentity } from "../identity/identity-context";
import { notesExtensions } from "../editor/notes-extensions";
import { NotesToolbar } from "../editor/NotesToolbar";
import "../editor/editor.css";

export interface RichTextEditorProps {
  fragment: Y.XmlFragment;
  /** The visible label, e.g. "Notes". */
  label: string;
  /** The accessible name of the text box, e.g. "Notes for Tamar Valley Bakery". */
  accessibleName: string;
  editable: boolean;
  testId: string;
}

/** A Tiptap editor over one shared fragment, with everyone's carets: the notes editor, for any fragment. */
export function RichTextEditor({ fragment, label, accessibleName, editable, testId }: RichTextEditorProps) {
  const session = useSession();
  const { user } = useIdentity();
  const labelId = useId();
  const editor = useEditor(
    {
      editable,
      extensions: notesExtensions({ fragment, provider: session.provider, user, editable }),
      editorProps: {
        attributes: {
          "aria-label": accessibleName,
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
      editorProps: { attributes: { ...editor.options.editorProps.attributes, "aria-label": accessibleName } },
    });
  }, [editor, accessibleName]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && user)
      editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user]);

  return (
    <div className="field notes-editor">
      <span id={labelId} className="field__label">
        {label}
      </span>
      <div className="notes-editor__frame" data-testid={testId}>
        {editor && editable && <NotesToolbar editor={editor} labelledBy={labelId} />}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
