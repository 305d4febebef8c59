import type { RecordChange } from "../../shared/diff/types";
import { valueText } from "./change-words";
import { ChangeBadge } from "./ChangeBadge";

/** Cards the later version no longer has: shown on the board, struck through, where they were. */
export function RemovedActions({ changes }: { changes: RecordChange[] }) {
  if (changes.length === 0) return null;
  return (
    <div className="removed-actions" data-testid="compare.removed">
      <h3 className="removed-actions__title">
        {changes.length === 1 ? "1 action removed" : `${changes.length} actions removed`}
      </h3>
      <ul className="removed-actions__list">
        {changes.map((change) => {
          const place = change.fields.find((field) => field.kind === "position")?.before ?? null;
          return (
            <li key={change.id} className="removed-actions__card" data-action-id={change.id}>
              <ChangeBadge change="removed" />
              <del className="removed-actions__name">{change.label || "Untitled action"}</del>
              {place && <span className="removed-actions__place">was in {valueText(place)}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
