import { Button, Disclosure, DisclosurePanel } from "react-aria-components";
import { peekNarrative } from "../../shared/board";
import { useCanEdit, useSession } from "../sync/session-context";
import { ChevronDownIcon } from "../ui/icons";
import { LazyRichTextEditor } from "./LazyRichTextEditor";

interface NarrativePanelProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * The strategy's narrative beside the pipeline: aims, local approach, support offer, co-edited live.
 * It folds away (a disclosure) so the pipeline can use the full width.
 */
export function NarrativePanel({ open, onOpenChange }: NarrativePanelProps) {
  const session = useSession();
  const canEdit = useCanEdit();
  const narrative = peekNarrative(session.doc);
  return (
    <section
      className="succession-side succession-narrative"
      aria-labelledby="succession-narrative-heading"
      data-collapsed={!open || undefined}
      // A viewer's read-only narrative has nothing focusable: the scrolling region itself must be.
      tabIndex={canEdit || !open ? undefined : 0}
    >
      <Disclosure
        isExpanded={open}
        onExpandedChange={onOpenChange}
        className="succession-narrative__disclosure"
      >
        <h3 id="succession-narrative-heading" className="succession-side__heading">
          <Button
            slot="trigger"
            className="succession-narrative__toggle"
            data-testid="succession.narrative-toggle"
          >
            <ChevronDownIcon />
            The strategy
          </Button>
        </h3>
        <DisclosurePanel className="succession-narrative__panel">
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
        </DisclosurePanel>
      </Disclosure>
    </section>
  );
}
