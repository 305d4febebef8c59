import { Button } from "react-aria-components";
import { useHistory } from "./history-context";

/** Opens the version history; for everyone who can see the board. */
export function HistoryButton() {
  const history = useHistory();
  if (!history) return null;
  return (
    <Button className="button button--small" data-testid="history.open" onPress={history.openPanel}>
      <HistoryIcon />
      History
    </Button>
  );
}

const HistoryIcon = () => (
  <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path
      d="M3 12a9 9 0 1 0 3-6.7M3 4v4h4M12 7v5l3 2"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
