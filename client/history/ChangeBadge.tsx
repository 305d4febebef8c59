import type { RecordChangeType } from "../../shared/diff/types";
import { CHANGE_LABELS } from "./change-marks";

/** The word for a change, in its colour and with its symbol: never colour alone. */
export function ChangeBadge({ change, label }: { change: RecordChangeType; label?: string }) {
  return (
    <span className={`change-badge change-badge--${change}`} data-testid="change.badge" data-change={change}>
      <span className="change-badge__symbol" aria-hidden="true">
        {CHANGE_SYMBOLS[change]}
      </span>
      {label ?? CHANGE_LABELS[change]}
    </span>
  );
}

const CHANGE_SYMBOLS: Record<RecordChangeType, string> = {
  added: "+",
  removed: "−",
  changed: "✎",
  moved: "↔",
};

/** What the marks on the compared board mean. */
export function ChangeLegend() {
  return (
    <div className="change-legend" data-testid="change.legend">
      <span className="change-legend__title">On the board:</span>
      <ul className="change-legend__items">
        {(["added", "changed", "moved", "removed"] as const).map((change) => (
          <li key={change}>
            <ChangeBadge change={change} />
          </li>
        ))}
      </ul>
    </div>
  );
}
