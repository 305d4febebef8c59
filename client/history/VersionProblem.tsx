import { Button } from "react-aria-components";
import { useHistory } from "./history-context";

/** While a version loads, or when it cannot: say so, with the way back to the live board. */
export function VersionProblem({ message, failed }: { message: string; failed?: boolean }) {
  const history = useHistory();
  return (
    <main id="main" className="board-main version-problem">
      <p role={failed ? "alert" : "status"}>{message}</p>
      <Button className="button button--small" onPress={() => history?.show({ kind: "live" })}>
        Back to the live board
      </Button>
    </main>
  );
}
