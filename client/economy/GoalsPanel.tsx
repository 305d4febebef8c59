import type { LocalMeasure } from "../../shared/economy/local-measures";
import type { GoalView } from "../../shared/economy/types";
import { useBoardView, useSession } from "../sync/session-context";
import { AddGoalForm } from "./AddGoalForm";
import { GoalCard } from "./GoalCard";

/** Goals per measure with yearly milestones, actuals against them, and the matrix actions behind them. */
export function GoalsPanel({ goals, measures }: { goals: GoalView[]; measures: LocalMeasure[] }) {
  const session = useSession();
  const view = useBoardView();
  return (
    <section className="economy-panel" aria-labelledby="goals-heading">
      <h3 id="goals-heading" className="economy-panel__title">
        Goals and milestones
      </h3>
      <p className="field__hint">
        Set realistic goals to bring the local co-operative economy in line with, or ahead of, the national
        benchmark.
      </p>
      {goals.map((goal) => (
        <GoalCard key={goal.id} goal={goal} view={view} />
      ))}
      {session.canEdit && <AddGoalForm measures={measures} />}
    </section>
  );
}
