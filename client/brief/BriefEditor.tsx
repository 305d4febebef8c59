import { useEffect, useId } from "react";
import { Button } from "react-aria-components";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import type { RichTextNode } from "../../shared/export/rich-text";
import { getBriefFragment } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { useIdentity } from "../identity/identity-context";
import { notesExtensions } from "../editor/notes-extensions";
import { NotesToolbar } from "../editor/NotesToolbar";
import { useEconomy } from "../economy/use-economy";
import { useNationalData } from "../economy/use-national-data";
import { buildBenchmark, DEFAULT_EDITION } from "../economy/benchmark-rows";
import { localMeasures } from "../../shared/economy/local-measures";
import { baselineContent } from "./baseline-content";
import "../editor/editor.css";

/**
 * After the block that holds the cursor, never splitting a paragraph; at the end when nobody has put
 * the cursor in the brief yet.
 */
function insertBaseline(editor: Editor, content: RichTextNode[]): void {
  const { selection, doc } = editor.state;
  const placed = selection.from > 1 && selection.$from.depth > 0;
  const position = placed ? selection.$from.after(1) : doc.content.size;
  editor
    .chain()
    .focus()
    .insertContentAt(position, [...content, { type: "paragraph" }])
    .run();
}

/** The consultant brief: one rich-text fragment of the board, co-edited with everyone's carets. */
export function BriefEditor() {
  const session = useSession();
  const { user } = useIdentity();
  const economy = useEconomy();
  const national = useNationalData();
  const labelId = useId();
  const editable = session.canEdit;
  const fragment = getBriefFragment(session.doc);
  const editor = useEditor(
    {
      editable,
      extensions: notesExtensions({ fragment, provider: session.provider, user, editable }),
      editorProps: {
        attributes: {
          "aria-label": "Consultant brief",
          "aria-multiline": "true",
          ...(editable ? {} : { "aria-readonly": "true" }),
          role: "textbox",
          class: "notes-editor__content brief-editor__content",
        },
      },
    },
    [fragment, session.provider, editable],
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed && user)
      editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user]);

  const baseline = () => {
    const edition = economy.benchmarkEdition || DEFAULT_EDITION;
    const benchmark =
      national.status === "ready"
        ? buildBenchmark(national.benchmarks, edition, economy, localMeasures(economy.coops))
        : null;
    return baselineContent(economy, benchmark, edition);
  };

  return (
    <div className="brief-editor">
      <div className="brief-editor__bar">
        <span id={labelId} className="field__label">
          Consultant brief
        </span>
        {editable && (
          <Button
            className="button"
            data-testid="brief.insert-baseline"
            isDisabled={!editor}
            onPress={() => editor && insertBaseline(editor, baseline())}
          >
            Insert baseline table
          </Button>
        )}
      </div>
      <div className="notes-editor__frame" data-testid="brief.editor">
        {editor && editable && <NotesToolbar editor={editor} labelledBy={labelId} />}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
