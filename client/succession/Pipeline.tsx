import { summariseSuccession, type SuccessionView } from "../../shared/board";
import { StageColumn } from "./StageColumn";

interface PipelineProps {
  /** What to show (perhaps filtered). */
  view: SuccessionView;
  /** The whole pipeline, so a drop among filtered cards lands in the right place. */
  all: SuccessionView;
  openBusinessId: string | null;
  today: string;
  /** Confidential businesses show as placeholders (viewers, or "Hide confidential names"). */
  hideConfidential: boolean;
  onOpen(businessId: string): void;
  onAdded(businessId: string): void;
  onMove(businessId: string): void;
}

/** Columns are stages, cards are businesses; closed stages (Not proceeding) sit apart at the end. */
export function Pipeline({
  view,
  all,
  openBusinessId,
  today,
  hideConfidential,
  onOpen,
  onAdded,
  onMove,
}: PipelineProps) {
  const summary = summariseSuccession(view, today);
  return (
    <div className="pipeline" data-testid="succession.pipeline">
      {view.stages.map((stage, index) => (
        <StageColumn
          key={stage.id}
          stage={stage}
          businesses={view.byStage.get(stage.id) ?? []}
          allIds={(all.byStage.get(stage.id) ?? []).map((business) => business.id)}
          jobs={summary.stages[index]?.jobs ?? 0}
          openBusinessId={openBusinessId}
          today={today}
          hideConfidential={hideConfidential}
          onOpen={onOpen}
          onAdded={onAdded}
          onMove={onMove}
        />
      ))}
    </div>
  );
}
