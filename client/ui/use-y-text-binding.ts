import { useCallback, useLayoutEffect, useRef, useSyncExternalStore, type ChangeEvent } from "react";
import type * as Y from "yjs";
import { setText } from "../../shared/board";
import { shiftPosition, type TextDelta } from "./shift-position";

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Bind a plain input or textarea to a shared Y.Text: typing applies a minimal diff (so concurrent
 * typing merges), and remote edits update the field while keeping the local caret in place.
 */
export function useYTextBinding<E extends TextControl>(text: Y.Text, change: (edit: () => void) => void) {
  const ref = useRef<E>(null);
  const pendingSelection = useRef<[number, number] | null>(null);

  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = (event: Y.YTextEvent) => {
        const control = ref.current;
        if (control && control.value !== text.toString() && document.activeElement === control) {
          const delta = event.delta as TextDelta[];
          pendingSelection.current = [
            shiftPosition(delta, control.selectionStart ?? 0),
            shiftPosition(delta, control.selectionEnd ?? 0),
          ];
        }
        onChange();
      };
      text.observe(observer);
      return () => text.unobserve(observer);
    },
    [text],
  );
  const value = useSyncExternalStore(subscribe, () => text.toString());

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const control = ref.current;
    if (!selection || !control) return;
    pendingSelection.current = null;
    control.setSelectionRange(selection[0], selection[1]);
  }, [value]);

  const onChange = (event: ChangeEvent<E>) => {
    const next = event.target.value;
    change(() => setText(text, next));
  };

  return { ref, value, onChange };
}
