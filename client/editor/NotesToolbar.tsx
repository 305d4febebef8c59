import type { ReactNode } from "react";
import { Button, Separator, ToggleButton, Toolbar } from "react-aria-components";
import { useEditorState, type Editor } from "@tiptap/react";
import { yUndoPluginKey } from "@tiptap/y-tiptap";
import {
  BoldIcon,
  BulletListIcon,
  HeadingIcon,
  ItalicIcon,
  NumberedListIcon,
  RedoIcon,
  UndoIcon,
} from "../ui/icons";

interface Toggle {
  label: string;
  icon: ReactNode;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const TOGGLES: Toggle[] = [
  {
    label: "Bold",
    icon: <BoldIcon />,
    isActive: (e) => e.isActive("bold"),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    label: "Italic",
    icon: <ItalicIcon />,
    isActive: (e) => e.isActive("italic"),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: "Heading",
    icon: <HeadingIcon />,
    isActive: (e) => e.isActive("heading", { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: "Bulleted list",
    icon: <BulletListIcon />,
    isActive: (e) => e.isActive("bulletList"),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: "Numbered list",
    icon: <NumberedListIcon />,
    isActive: (e) => e.isActive("orderedList"),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

function undoDepths(editor: Editor): { undo: number; redo: number } {
  const state = yUndoPluginKey.getState(editor.state) as
    { undoManager?: { undoStack: unknown[]; redoStack: unknown[] } } | undefined;
  return { undo: state?.undoManager?.undoStack.length ?? 0, redo: state?.undoManager?.redoStack.length ?? 0 };
}

export function NotesToolbar({ editor, labelledBy }: { editor: Editor; labelledBy: string }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      active: TOGGLES.map((toggle) => toggle.isActive(current)),
      ...undoDepths(current),
    }),
  });
  return (
    <Toolbar className="notes-toolbar" aria-label="Notes formatting" aria-describedby={labelledBy}>
      {TOGGLES.map((toggle, index) => (
        <ToggleButton
          key={toggle.label}
          className="notes-toolbar__button"
          aria-label={toggle.label}
          isSelected={state.active[index] ?? false}
          onChange={() => toggle.run(editor)}
        >
          {toggle.icon}
        </ToggleButton>
      ))}
      <Separator orientation="vertical" className="notes-toolbar__separator" />
      <Button
        className="notes-toolbar__button"
        aria-label="Undo in notes"
        aria-keyshortcuts="Control+Z Meta+Z"
        isDisabled={state.undo === 0}
        onPress={() => editor.chain().focus().undo().run()}
      >
        <UndoIcon />
      </Button>
      <Button
        className="notes-toolbar__button"
        aria-label="Redo in notes"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        isDisabled={state.redo === 0}
        onPress={() => editor.chain().focus().redo().run()}
      >
        <RedoIcon />
      </Button>
    </Toolbar>
  );
}
