import { peekNarrative } from "../../shared/board";
import { useCanEdit, useSession } from "../sync/session-context";
import { LazyRichTextEditor } from "./LazyRichTextEditor";

/** The strategy's narrative beside the pipeline: aims, local approach, support offer, co-edited live. */
export function NarrativePanel() {
  const session = useSession();
  const canEdit = useCanEdit();
  const narrative = peekNarrative(session.doc);
  return (
    <section
      className="succession-side succession-narrative"
      aria-labelledby="succession-narrative-heading"
      // A viewer's read-only narrative has nothing focusable: the scrolling region itself must be.
      tabIndex={canEdit ? undefined : 0}
    >
      <h3 id="succession-narrative-heading" className="succession-side__heading">
        The strategy
      </h3>
      <p className="succession-side__lead">Aims, local approach and support offer, written together.</p>
      {narrative && (
        <LazyRichTextEditor
          fragment={narrative}
          label="Strategy narrative"
          accessibleName="Succession strategy narrative"
          editable={canEdit}
          testId="succession.narrative"
        />
      )}
    </section>
  );
}
