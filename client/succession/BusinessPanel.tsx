import { useEffect, useRef } from "react";
import { Button } from "react-aria-components";
import { stageOf } from "../../shared/board";
import { useCanEdit } from "../sync/session-context";
import { CloseIcon } from "../ui/icons";
import { BusinessDetails } from "./BusinessDetails";
import { BusinessForm } from "./BusinessForm";
import { useSuccessionView } from "./use-succession-view";

interface BusinessPanelProps {
  businessId: string;
  focusName: boolean;
  /** "Hide confidential names" is on: a confidential business shows as its placeholder, even to an editor. */
  hideConfidential: boolean;
  onClose(): void;
  onMove(): void;
}

/** One business beside the pipeline, like the action panel beside the matrix. */
export function BusinessPanel({
  businessId,
  focusName,
  hideConfidential,
  onClose,
  onMove,
}: BusinessPanelProps) {
  const view = useSuccessionView();
  const canEdit = useCanEdit();
  const business = [...view.byStage.values()].flat().find((candidate) => candidate.id === businessId);
  const stage = business && stageOf(view, business);
  const placeholder = !!business?.confidential && (hideConfidential || !canEdit);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusName) heading.current?.focus();
  }, [businessId, focusName]);

  return (
    <aside
      className="succession-side business-panel"
      data-testid="business.panel"
      aria-labelledby="business-panel-heading"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="action-panel__header business-panel__header">
        <div className="action-panel__heading-group">
          <h3 id="business-panel-heading" ref={heading} tabIndex={-1} className="action-panel__heading">
            Business details
          </h3>
          <p className="action-panel__where">{stage ? `Stage: ${stage.name || "Untitled stage"}` : ""}</p>
        </div>
        <Button
          className="button button--quiet icon-button"
          data-testid="business.close"
          aria-label="Close business details"
          onPress={onClose}
        >
          <CloseIcon />
        </Button>
      </div>
      {business && (placeholder || !canEdit) && (
        <BusinessDetails business={business} placeholder={placeholder} />
      )}
      {business && canEdit && !placeholder && (
        <BusinessForm business={business} focusName={focusName} onMove={onMove} onDeleted={onClose} />
      )}
      {!business && (
        <div className="action-panel__gone">
          <p>
            This business has been deleted, perhaps by someone else. Undo can bring back your own deletions.
          </p>
          <Button className="button" onPress={onClose}>
            Close
          </Button>
        </div>
      )}
    </aside>
  );
}
