import { formatMeasureValue } from "../../shared/economy/format";
import { coverageText, isPartial, type LocalMeasure } from "../../shared/economy/local-measures";
import { MEASURE_LABELS } from "../../shared/economy/types";

/** The four measures, each with how many co-ops it covers, so a partial total is never read as a full one. */
export function MeasuresPanel({ measures }: { measures: LocalMeasure[] }) {
  return (
    <section className="economy-panel" aria-labelledby="measures-heading">
      <h3 id="measures-heading" className="economy-panel__title">
        The four measures
      </h3>
      <dl className="measures">
        {measures.map((measure) => (
          <div key={measure.measure} className="measure" data-testid={`economy.measure.${measure.measure}`}>
            <dt className="measure__label">{MEASURE_LABELS[measure.measure]}</dt>
            <dd className="measure__value" data-testid={`economy.measure.${measure.measure}.total`}>
              {measure.known === 0 && measure.measure !== "number"
                ? "No figures yet"
                : formatMeasureValue(measure.measure, measure.total)}
            </dd>
            <dd
              className={
                isPartial(measure) ? "measure__coverage measure__coverage--partial" : "measure__coverage"
              }
            >
              {isPartial(measure) && <span aria-hidden="true">◐ </span>}
              {coverageText(measure)}
              {isPartial(measure) && measure.known > 0 && (
                <span className="visually-hidden"> (a partial total)</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
