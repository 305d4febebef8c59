import { summariseSuccession, type SuccessionView } from "../../shared/board";

interface SummaryStripProps {
  view: SuccessionView;
  today: string;
  filtered: boolean;
}

const number = (value: number) => value.toLocaleString("en-GB");

/** The pipeline in figures: totals first, then businesses and jobs at each stage. */
export function SummaryStrip({ view, today, filtered }: SummaryStripProps) {
  const summary = summariseSuccession(view, today);
  const jobs = summary.stages.reduce((sum, stage) => sum + stage.jobs, 0);
  return (
    <section
      className="succession-summary"
      aria-label={filtered ? "Summary of the filtered pipeline" : "Summary"}
    >
      <dl className="succession-summary__totals" data-testid="succession.summary">
        <div className="succession-summary__total">
          <dt>Businesses</dt>
          <dd data-testid="summary.businesses">{number(summary.businesses)}</dd>
        </div>
        <div className="succession-summary__total">
          <dt>Jobs in the pipeline</dt>
          <dd>{number(jobs)}</dd>
        </div>
        <div className="succession-summary__total succession-summary__total--good">
          <dt>Jobs retained by completed transfers</dt>
          <dd data-testid="summary.retained">
            {number(summary.jobsRetained)}
            <span className="succession-summary__note">
              {summary.completedTransfers === 1 ? "1 transfer" : `${summary.completedTransfers} transfers`}
            </span>
          </dd>
        </div>
        <div className="succession-summary__total" data-overdue={summary.overdue.length > 0 || undefined}>
          <dt>Next steps overdue</dt>
          <dd data-testid="summary.overdue">{number(summary.overdue.length)}</dd>
        </div>
      </dl>
    </section>
  );
}
