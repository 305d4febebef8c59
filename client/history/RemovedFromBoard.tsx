import type { RecordChange } from "../../shared/diff/types";
import { valueText } from "./change-words";
import { ChangeBadge } from "./ChangeBadge";

const NOUNS: Record<string, [string, string]> = {
  theme: ["theme", "themes"],
  column: ["column", "columns"],
  action: ["action", "actions"],
};

const count = (type: string, total: number) => {
  const [one, many] = NOUNS[type] ?? ["item", "items"];
  return `${total} ${total === 1 ? one : many}`;
};

/** Where a removed record was: an action's theme and column, a theme's or column's place in its axis. */
function formerPlace(change: RecordChange): string | null {
  const place = change.fields.find((field) => field.kind === "position")?.before ?? null;
  if (place === null) return null;
  return change.type === "action" ? `was in ${valueText(place)}` : `was ${change.type} ${valueText(place)}`;
}

/** Cards, themes and columns the later version no longer has, listed above the board, struck through. */
export function RemovedFromBoard({ changes }: { changes: RecordChange[] }) {
  if (changes.length === 0) return null;
  const totals = ["theme", "column", "action"]
    .map((type) => [type, changes.filter((change) => change.type === type).length] as const)
    .filter(([, total]) => total > 0)
    .map(([type, total]) => count(type, total));
  return (
    <div className="removed-records" data-testid="compare.removed">
      <h3 className="removed-records__title">{totals.join(", ")} removed</h3>
      <ul className="removed-records__list">
        {changes.map((change) => {
          const place = formerPlace(change);
          return (
            <li
              key={change.id}
              className="removed-records__card"
              data-record-type={change.type}
              data-record-id={change.id}
              {...(change.type === "action" ? { "data-action-id": change.id } : {})}
            >
              <ChangeBadge change="removed" />
              <del className="removed-records__name">{change.label || `Untitled ${change.type}`}</del>
              {place && <span className="removed-records__place">{place}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
