import type * as Y from "yjs";
import { createSuccession } from "../board/succession-root";
import { DEFAULT_STAGES } from "../board/succession-defaults";
import { fillFragment } from "../export/rich-text-write";
import type { NarrativeSection } from "./succession-outline";

/** The default stages, an empty pipeline and, for templates that have one, the narrative outline. */
export function seedSuccession(doc: Y.Doc, outline: readonly NarrativeSection[]): void {
  const narrative = createSuccession(doc, DEFAULT_STAGES);
  if (narrative.length > 0 || outline.length === 0) return;
  fillFragment(narrative, {
    type: "doc",
    content: outline.flatMap(({ heading, prompt }) => [
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: heading }] },
      { type: "paragraph", content: [{ type: "text", text: prompt }] },
    ]),
  });
}
