import { Button } from "react-aria-components";
import { removeGoal, setGoalActionLinked, setMilestone } from "../../shared/board";
import type { BoardView } from "../../shared/board";
import { formatMeasureValue } from "../../shared/economy/format";
import { goalStatus, GOAL_STATUS_LABELS } from "../../shared/economy/goal-status";
import { MEASURE_LABELS, type GoalView } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";
import { MilestoneInput } from "./MilestoneInput";
import { TrajectoryChart } from "./TrajectoryChart";

const STATUS_SYMBOLS = { "on-track": "✓", behind: "!", "no-actuals": "…" } as const;

function actionTitles(view: BoardView): { id: string; title: string }[] {
  return [...view.cells.values(), view.unplaced]
    .flat()
    .map((action) => ({ id: action.id, title: action.title || "Untitled action" }));
}

/** One goal: status, chart with its data table, editable milestones and the matrix actions that contribute. */
export function GoalCard({ goal, view }: { goal: GoalView; view: BoardView }) {
  const session = useSession();
  const status = goalStatus(goal);
  const value = (number: number) => formatMeasureValue(goal.measure, number);
  const actions = actionTitles(view);
  const linked = actions.filter((action) => goal.actionIds.includes(action.id));
  const title = `${MEASURE_LABELS[goal.measure]}: ${value(goal.baselineValue)} in ${goal.baselineYear} to ${value(goal.targetValue)} by ${goal.targetYear}`;
  return (
    <article className="goal" data-testid="goal" aria-labelledby={`goal-${goal.id}`}>
      <header className="goal__header">
        <h4 id={`goal-${goal.id}`} className="goal__title">
          {title}
        </h4>
        <span className={`goal-status goal-status--${status}`} data-testid="goal.status">
          <span aria-hidden="true">{STATUS_SYMBOLS[status]} </span>
          {GOAL_STATUS_LABELS[status]}
        </span>
      </header>
      <div className="goal__body">
        <TrajectoryChart goal={goal} />
        <table className="data-table goal__table" data-testid="goal.table">
          <caption>Trajectory data</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{goal.baselineYear} (baseline)</th>
              <td>{value(goal.baselineValue)}</td>
              <td>{value(goal.baselineValue)}</td>
            </tr>
            {goal.milestones.map((milestone) => (
              <tr key={milestone.year}>
                <th scope="row">{milestone.year}</th>
                <td>
                  {session.canEdit ? (
                    <MilestoneInput
                      key={`t${milestone.target}`}
                      label={`Milestone for ${milestone.year}`}
                      value={milestone.target}
                      optional={false}
                      testId="milestone.target"
                      onCommit={(target) =>
                        target !== null &&
                        session.change(() => setMilestone(session.doc, goal.id, { ...milestone, target }))
                      }
                    />
                  ) : (
                    value(milestone.target)
                  )}
                </td>
                <td>
                  {session.canEdit ? (
                    <MilestoneInput
                      key={`a${milestone.actual}`}
                      label={`Actual for ${milestone.year}`}
                      value={milestone.actual}
                      optional
                      testId="milestone.actual"
                      onCommit={(actual) =>
                        session.change(() => setMilestone(session.doc, goal.id, { ...milestone, actual }))
                      }
                    />
                  ) : milestone.actual === null ? (
                    "Not recorded"
                  ) : (
                    value(milestone.actual)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="goal__actions">
        <h5 className="goal__subtitle">Contributing actions</h5>
        {linked.length === 0 ? (
          <p className="muted">No matrix actions linked yet.</p>
        ) : (
          <ul className="goal__linked" data-testid="goal.linked-actions">
            {linked.map((action) => (
              <li key={action.id}>{action.title}</li>
            ))}
          </ul>
        )}
        {session.canEdit && actions.length > 0 && (
          <details className="goal__link-picker">
            <summary>Link or unlink matrix actions</summary>
            <fieldset className="goal__checkboxes">
              <legend className="visually-hidden">Actions that contribute to this goal</legend>
              {actions.map((action) => (
                <label key={action.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={goal.actionIds.includes(action.id)}
                    onChange={(event) => {
                      const checked = event.target.checked;
                      session.change(() => setGoalActionLinked(session.doc, goal.id, action.id, checked));
                    }}
                  />
                  {action.title}
                </label>
              ))}
            </fieldset>
          </details>
        )}
        {session.canEdit && (
          <Button
            className="button button--small goal__remove"
            onPress={() => session.change(() => removeGoal(session.doc, goal.id))}
          >
            Remove goal
          </Button>
        )}
      </div>
    </article>
  );
}
