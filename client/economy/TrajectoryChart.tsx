import { useId } from "react";
import { formatMeasureValue } from "../../shared/economy/format";
import { MEASURE_LABELS, type GoalView } from "../../shared/economy/types";

const WIDTH = 520;
const HEIGHT = 260;
const PAD = { left: 56, right: 16, top: 40, bottom: 32 };

interface Point {
  year: number;
  value: number;
}

/** Baseline → milestones → target (dashed, circles) with actuals (solid, squares): shape and line style, not colour alone. */
export function TrajectoryChart({ goal }: { goal: GoalView }) {
  const id = useId();
  const planned: Point[] = [
    { year: goal.baselineYear, value: goal.baselineValue },
    ...goal.milestones
      .filter((milestone) => milestone.year < goal.targetYear)
      .map((m) => ({ year: m.year, value: m.target })),
    { year: goal.targetYear, value: goal.targetValue },
  ];
  const actual: Point[] = [
    { year: goal.baselineYear, value: goal.baselineValue },
    ...goal.milestones.flatMap((m) => (m.actual === null ? [] : [{ year: m.year, value: m.actual }])),
  ];
  const years = [goal.baselineYear, goal.targetYear];
  const top = Math.max(...planned.map((p) => p.value), ...actual.map((p) => p.value), 1) * 1.1;
  const x = (year: number) =>
    PAD.left + ((year - years[0]!) / Math.max(1, years[1]! - years[0]!)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const path = (points: Point[]) =>
    points.map((p, index) => `${index === 0 ? "M" : "L"}${x(p.year)},${y(p.value)}`).join(" ");
  const label = MEASURE_LABELS[goal.measure];
  const value = (number: number) => formatMeasureValue(goal.measure, number);
  const latest = actual.at(-1);
  return (
    <svg
      className="trajectory"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="goal.chart"
    >
      <title id={`${id}-title`}>{`Trajectory: ${label}, ${goal.baselineYear} to ${goal.targetYear}`}</title>
      <desc id={`${id}-desc`}>
        {`Planned from ${value(goal.baselineValue)} in ${goal.baselineYear} to ${value(goal.targetValue)} by ${goal.targetYear}` +
          (latest && actual.length > 1
            ? `; latest actual ${value(latest.value)} in ${latest.year}.`
            : "; no actuals recorded yet.") +
          " The data table beside the chart gives every figure."}
      </desc>
      {[0, 0.5, 1].map((share) => (
        <g key={share}>
          <line
            className="trajectory__grid"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y((top * share) / 1.1)}
            y2={y((top * share) / 1.1)}
          />
          <text className="trajectory__axis" x={PAD.left - 6} y={y((top * share) / 1.1) + 4} textAnchor="end">
            {value(Math.round((top * share) / 1.1))}
          </text>
        </g>
      ))}
      {[years[0]!, ...goal.milestones.map((m) => m.year), years[1]!]
        .filter((year, index, all) => all.indexOf(year) === index)
        .map((year) => (
          <text key={year} className="trajectory__axis" x={x(year)} y={HEIGHT - 10} textAnchor="middle">
            {year}
          </text>
        ))}
      <path className="trajectory__planned" d={path(planned)} />
      {planned.map((p) => (
        <circle
          key={`p${p.year}`}
          className="trajectory__planned-point"
          cx={x(p.year)}
          cy={y(p.value)}
          r={4}
        />
      ))}
      {actual.length > 1 && <path className="trajectory__actual" d={path(actual)} />}
      {actual.slice(1).map((p) => (
        <rect
          key={`a${p.year}`}
          className="trajectory__actual-point"
          x={x(p.year) - 5}
          y={y(p.value) - 5}
          width={10}
          height={10}
        />
      ))}
      <g className="trajectory__legend" transform={`translate(${PAD.left}, 6)`}>
        <line className="trajectory__planned" x1={0} x2={24} y1={6} y2={6} />
        <text x={30} y={10}>
          Planned (dashed, circles)
        </text>
        <line className="trajectory__actual" x1={190} x2={214} y1={6} y2={6} />
        <text x={220} y={10}>
          Actual (solid, squares)
        </text>
      </g>
    </svg>
  );
}
