import { useBoardViewPart, useCanEdit, useSession } from "../sync/session-context";
import { BoardTitleInput } from "./BoardTitleInput";
import { MetaField } from "./MetaField";
import { ShareLink } from "./ShareLink";
import { UndoRedoButtons } from "./UndoRedoButtons";
import { ShareDialog } from "../share/ShareDialog";
import { ExportMenu } from "../export/ExportMenu";
import { HistoryButton } from "../history/HistoryButton";
import { SaveVersionButton } from "../history/SaveVersionButton";
import "./plan-header.css";

/** The plan's title and details; in presentation view and for viewers the details are one read-only line. */
export function PlanHeader({ presenting }: { presenting: boolean }) {
  const session = useSession();
  const canEdit = useCanEdit();
  const meta = useBoardViewPart((view) => view.meta);
  const summary = planSummary(meta.area, meta.periodStart, meta.periodEnd);
  return (
    <section className="plan-header" aria-labelledby="plan-heading">
      {canEdit ? (
        <>
          <h1 id="plan-heading" className="visually-hidden">
            {meta.title || "Untitled plan"}
          </h1>
          <div className="plan-header__top">
            <BoardTitleInput />
            <UndoRedoButtons />
          </div>
        </>
      ) : (
        <div className="plan-title">
          <p className="plan-title__label">Action plan</p>
          <h1 id="plan-heading" className="plan-title__text" data-testid="board.title">
            {meta.title || "Untitled plan"}
          </h1>
        </div>
      )}
      {presenting || !canEdit ? (
        <>
          {summary && <p className="plan-header__summary">{summary}</p>}
          {!presenting && (
            <div className="plan-header__details">
              <Sharing boardId={session.boardId} />
            </div>
          )}
        </>
      ) : (
        <div className="plan-header__details">
          <MetaField field="area" label="Council or area" placeholder="e.g. Plymouth City Council" wide />
          <fieldset className="plan-period">
            <legend className="meta-field__label">Plan period</legend>
            <MetaField field="periodStart" label="From" placeholder="e.g. April 2025" />
            <MetaField field="periodEnd" label="To" placeholder="e.g. March 2028" />
          </fieldset>
          <Sharing boardId={session.boardId} />
        </div>
      )}
    </section>
  );
}

function Sharing({ boardId }: { boardId: string }) {
  const { role } = useSession();
  return (
    <>
      {role === "facilitator" ? <ShareDialog boardId={boardId} /> : <ShareLink boardId={boardId} />}
      <HistoryButton />
      <SaveVersionButton />
      <ExportMenu boardId={boardId} subject="the live board" />
    </>
  );
}

function planSummary(area: string, periodStart: string, periodEnd: string): string {
  const period = [periodStart, periodEnd].filter(Boolean).join(" – ");
  return [area, period].filter(Boolean).join(" · ");
}
