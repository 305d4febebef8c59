import { useBoardView, useSession } from "../sync/session-context";
import { BoardTitleInput } from "./BoardTitleInput";
import { MetaField } from "./MetaField";
import { ShareLink } from "./ShareLink";
import { UndoRedoButtons } from "./UndoRedoButtons";
import { boardExportUrl } from "../api/boards";
import { DownloadIcon } from "../ui/icons";
import "./plan-header.css";

/** The plan's title and details; in presentation view the details fold into one read-only line. */
export function PlanHeader({ presenting }: { presenting: boolean }) {
  const session = useSession();
  const { meta } = useBoardView();
  return (
    <section className="plan-header" aria-labelledby="plan-heading">
      <h1 id="plan-heading" className="visually-hidden">
        {meta.title || "Untitled plan"}
      </h1>
      <div className="plan-header__top">
        <BoardTitleInput />
        <UndoRedoButtons />
      </div>
      {presenting ? (
        <p className="plan-header__summary">{planSummary(meta.area, meta.periodStart, meta.periodEnd)}</p>
      ) : (
        <div className="plan-header__details">
          <MetaField field="area" label="Council or area" placeholder="e.g. Plymouth City Council" wide />
          <fieldset className="plan-period">
            <legend className="meta-field__label">Plan period</legend>
            <MetaField field="periodStart" label="From" placeholder="Apr 2025" />
            <MetaField field="periodEnd" label="To" placeholder="Mar 2028" />
          </fieldset>
          <ShareLink boardId={session.boardId} />
          <a
            className="button button--small plan-header__export"
            href={boardExportUrl(session.boardId)}
            download
          >
            <DownloadIcon />
            Export JSON
          </a>
        </div>
      )}
    </section>
  );
}

function planSummary(area: string, periodStart: string, periodEnd: string): string {
  const period = [periodStart, periodEnd].filter(Boolean).join(" – ");
  return [area, period].filter(Boolean).join(" · ");
}
