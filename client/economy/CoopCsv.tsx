import { useState } from "react";
import { Button, FileTrigger } from "react-aria-components";
import { importCoops } from "../../shared/board";
import { coopsToCsv } from "../../shared/economy/coops-csv";
import { importCoopsCsv, type ImportError } from "../../shared/economy/coops-csv-import";
import type { CoopView } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";
import { DownloadIcon } from "../ui/icons";

interface Outcome {
  imported: number;
  errors: ImportError[];
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The local list as CSV: export (with the attribution line) and import, every bad row reported by line. */
export function CoopCsv({ coops, localAuthority }: { coops: CoopView[]; localAuthority: string }) {
  const session = useSession();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const slug = (localAuthority || "local").toLowerCase().replace(/[^a-z0-9]+/g, "-");

  const importFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    const result = importCoopsCsv(await file.text(), coops);
    if (result.coops.length > 0) session.change(() => importCoops(session.doc, result.coops));
    setOutcome({ imported: result.coops.length, errors: result.errors });
  };

  return (
    <div className="coop-csv">
      <div className="coop-csv__buttons">
        <Button
          className="button"
          onPress={() => download(`${slug}-co-operatives.csv`, coopsToCsv(coops))}
          data-testid="economy.export-csv"
        >
          <DownloadIcon /> Export list (CSV)
        </Button>
        {session.canEdit && (
          <FileTrigger acceptedFileTypes={[".csv", "text/csv"]} onSelect={(files) => void importFile(files)}>
            <Button className="button" data-testid="economy.import-csv">
              Import CSV…
            </Button>
          </FileTrigger>
        )}
      </div>
      <div role="status" className="coop-csv__outcome" data-testid="economy.import-outcome">
        {outcome && (
          <>
            <p>
              Imported {outcome.imported} {outcome.imported === 1 ? "row" : "rows"}
              {outcome.errors.length > 0 ? `; ${outcome.errors.length} not imported:` : "."}
            </p>
            {outcome.errors.length > 0 && (
              <ul className="coop-csv__errors">
                {outcome.errors.map((error) => (
                  <li key={error.line}>
                    Line {error.line}: {error.reason}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
