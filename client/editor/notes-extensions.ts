import { Extension, type AnyExtension } from "@tiptap/core";
import { yUndoPluginKey } from "@tiptap/y-tiptap";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Placeholder } from "@tiptap/extensions";
import type * as Y from "yjs";
import type { WebsocketProvider } from "y-websocket";
import type { LocalUser } from "../identity/user-store";
import { isAllowedLinkHref } from "../../shared/editor/schema";
import { onRemoteRestore } from "../../shared/board/meta";

/** A restore from elsewhere empties this editor's undo stack (see `onRemoteRestore`). */
function clearUndoOnRestore(doc: Y.Doc | null): AnyExtension {
  let stop: (() => void) | undefined;
  return Extension.create({
    name: "clearUndoOnRestore",
    onCreate() {
      const { editor } = this;
      if (doc) stop = onRemoteRestore(doc, () => yUndoPluginKey.getState(editor.state)?.undoManager.clear());
    },
    onDestroy() {
      stop?.();
    },
  });
}

interface NotesExtensionOptions {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  user: LocalUser | undefined;
  editable: boolean;
}

/**
 * StarterKit without its own history: Collaboration brings y-tiptap's undo, which undoes only this
 * person's edits. The caret extension keeps its default DOM (the name goes in with textContent).
 */
export function notesExtensions({
  fragment,
  provider,
  user,
  editable,
}: NotesExtensionOptions): AnyExtension[] {
  return [
    ...contentExtensions(editable),
    Placeholder.configure({
      showOnlyWhenEditable: false,
      placeholder: editable
        ? "Background, next steps, decisions… Everyone on the plan can edit these notes."
        : "No notes yet.",
    }),
    Collaboration.configure({ fragment }),
    clearUndoOnRestore(fragment.doc),
    CollaborationCaret.configure({
      provider,
      user: { name: user?.name ?? "Someone", color: user?.color ?? "#475569" },
    }),
  ];
}

/**
 * The extensions that define what notes may contain: the schema `shared/editor/schema.ts` names and
 * the server enforces (tested against each other in content-schema.test.ts).
 */
export function contentExtensions(editable: boolean): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [3, 4] },
      link: {
        openOnClick: !editable,
        defaultProtocol: "https",
        isAllowedUri: (url) => isAllowedLinkHref(url),
        shouldAutoLink: (url) => isAllowedLinkHref(url),
      },
    }),
    // Tables in the shared schema (the brief's baseline table); no column resizing: widths would be
    // per-person layout stored in the shared document.
    TableKit.configure({ table: { resizable: false } }),
  ];
}
