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
 * Where view-only links are made, say what viewers get of confidential businesses: the server sends
 * them a copy of the board with those details removed (SPEC S30), so a placeholder is all they have.
 */
export function ConfidentialViewerWarning({ count }: { count: number }) {
  if (count === 0) return null;
  const businesses = count === 1 ? "1 confidential business" : `${count} confidential businesses`;
  const them = count === 1 ? "it" : "them";
  const placeholders =
    count === 1 ? "a “Confidential business” placeholder" : "“Confidential business” placeholders";
  return (
    <div className="share-warning" role="note" data-testid="share.confidential-warning">
      <p className="share-warning__title">
        <strong>Note:</strong> this plan holds {businesses}.
      </p>
      <p>
        Viewers see {them} only as {placeholders} in {count === 1 ? "its" : "their"} stage: their browser
        never receives the names, contacts or notes. Editors see everything.
      </p>
    </div>
  );
}
