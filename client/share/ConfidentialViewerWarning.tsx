import { useSuccessionView } from "../succession/use-succession-view";

/** How many businesses on this plan are marked confidential, kept live. */
export function useConfidentialCount(): number {
  const view = useSuccessionView();
  let count = 0;
  for (const businesses of view.byStage.values()) {
    count += businesses.filter((business) => business.confidential).length;
  }
  return count;
}

/**
 * A viewer's browser receives the whole board document, confidential businesses included: only their
 * screen hides them. Until those details live in a document only editors receive, say so where links are made.
 */
export function ConfidentialViewerWarning({ count }: { count: number }) {
  if (count === 0) return null;
  const businesses = count === 1 ? "1 confidential business" : `${count} confidential businesses`;
  const them = count === 1 ? "it" : "them";
  return (
    <div className="share-warning" role="note" data-testid="share.confidential-warning">
      <p className="share-warning__title">
        <strong>Warning:</strong> this plan holds {businesses}.
      </p>
      <p>
        A view-only link does not keep {them} secret: viewers do not see {them} on screen, but their browser
        receives the details. To share the plan with people who may not see {them}, send the publication
        export (Word or PDF) instead.
      </p>
    </div>
  );
}
