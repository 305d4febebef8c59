import { useState } from "react";
import { Button, FileTrigger } from "react-aria-components";
import { ApiError } from "../api/api-error";
import { startSession } from "../api/access";
import { importBoard } from "../api/import-board";
import { saveFacilitatorLink } from "../access/facilitator-links";
import { navigate } from "../app/navigation";
import { rememberBoard } from "./recent-boards";

const SHOWN_ISSUES = 3;

/** Why an import failed, with the first few problems the server named in the file. */
function importFailure(failure: unknown): string {
  if (!(failure instanceof ApiError)) return `Could not read the file: ${(failure as Error).message}`;
  const issues = failure.issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.path}: ${issue.message}`);
  const more =
    failure.issues.length > SHOWN_ISSUES ? ` (and ${failure.issues.length - SHOWN_ISSUES} more)` : "";
  return [failure.message, ...issues].join(" · ") + more;
}

/** A Coplan JSON export becomes a new plan, with this person as its facilitator. */
export function ImportPlan() {
  const [error, setError] = useState<string>();
  const [importing, setImporting] = useState(false);

  const importFile = async (file: File) => {
    if (importing) return;
    setError(undefined);
    setImporting(true);
    try {
      const board = await importBoard(await file.text());
      saveFacilitatorLink(localStorage, board.id, board.facilitatorUrl);
      rememberBoard(localStorage, { id: board.id, title: board.title, area: board.area });
      await startSession(board.id, board.facilitatorToken).catch(() => undefined);
      navigate(board.url);
    } catch (failure) {
      setImporting(false);
      setError(`Could not import “${file.name}”: ${importFailure(failure)}`);
    }
  };

  return (
    <section className="import-plan" aria-labelledby="import-heading">
      <h2 id="import-heading" className="import-plan__title">
        Import a plan
      </h2>
      <p className="muted">
        Open a Coplan file (JSON) exported from any board: it becomes a new plan that you run.
      </p>
      <FileTrigger
        acceptedFileTypes={["application/json", ".json"]}
        onSelect={(files) => {
          const file = files?.[0];
          if (file) void importFile(file);
        }}
      >
        <Button className="button" data-testid="home.import">
          {importing ? "Importing…" : "Import a plan (JSON)…"}
        </Button>
      </FileTrigger>
      <div role="alert" className={error ? "error-message" : undefined} data-testid="home.import-error">
        {error}
      </div>
    </section>
  );
}
