import { useId } from "react";
import { setBenchmarkEdition } from "../../shared/board";
import { benchmarkEditions, type NationalFigure } from "../../shared/economy/benchmark";
import { formatCoopsMore, formatMeasureValue, formatPerHead, formatRate } from "../../shared/economy/format";
import type { LocalMeasure } from "../../shared/economy/local-measures";
import { MEASURE_LABELS, type EconomyView } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";
import { buildBenchmark, DEFAULT_EDITION } from "./benchmark-rows";
import { StatusBadge } from "./StatusBadge";
import { TableScroll } from "./TableScroll";
import type { NationalData } from "./use-national-data";

interface BenchmarkPanelProps {
  economy: EconomyView;
  measures: LocalMeasure[];
  national: NationalData;
}

function NationalCell({ figure }: { figure: NationalFigure | undefined }) {
  if (!figure) return <span className="muted">Not in this edition</span>;
  return (
    <span className="national-figure">
      <span className="national-figure__value">{formatMeasureValue(figure.measure, figure.value)}</span>
      <span className="national-figure__facts">
        {figure.metric === "income" ? "Income, " : ""}
        {figure.referenceYear} · {figure.edition} edition
        {figure.scope !== "coops" && <strong> — co-ops and mutuals (wider scope)</strong>}
      </span>
      <StatusBadge status={figure.status} />
    </span>
  );
}

/** The chosen edition's national figures beside the local ones, normalised per 100,000 residents and per 1,000 businesses. */
export function BenchmarkPanel({ economy, measures, national }: BenchmarkPanelProps) {
  const session = useSession();
  const editionId = useId();
  if (national.status !== "ready")
    return (
      <section className="economy-panel" aria-labelledby="benchmark-heading">
        <h3 id="benchmark-heading" className="economy-panel__title">
          National benchmark
        </h3>
        <p className="muted">
          {national.status === "loading"
            ? "Loading the national figures…"
            : "The national figures could not be loaded."}
        </p>
      </section>
    );
  const editions = benchmarkEditions(national.benchmarks);
  const edition = economy.benchmarkEdition || DEFAULT_EDITION;
  const benchmark = buildBenchmark(national.benchmarks, edition, economy, measures);
  const count = measures[0]?.total ?? 0;
  return (
    <section className="economy-panel" aria-labelledby="benchmark-heading">
      <div className="economy-panel__header">
        <h3 id="benchmark-heading" className="economy-panel__title">
          National benchmark
        </h3>
        <div className="field edition-picker">
          <label htmlFor={editionId} className="field__label">
            Report edition
          </label>
          <select
            id={editionId}
            className="input select"
            value={edition}
            disabled={!session.canEdit}
            data-testid="economy.edition"
            onChange={(event) => {
              const value = event.target.value;
              session.change(() => setBenchmarkEdition(session.doc, value));
            }}
          >
            {editions.map((option) => (
              <option key={option} value={option}>
                Co-operative Economy {option}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ul className="gaps" data-testid="economy.gaps">
        <li>
          <strong>{formatRate(benchmark.lines[0]?.localPer100k ?? null)}</strong> co-ops per 100,000 residents
          here, against <strong>{formatRate(benchmark.lines[0]?.nationalPer100k ?? null)}</strong> nationally
          {benchmark.gapPer100k === null ? (
            " (enter the population to compare)"
          ) : benchmark.gapPer100k > 0 ? (
            <>
              : <strong data-testid="economy.gap">{formatCoopsMore(benchmark.gapPer100k)}</strong> to match
              the national rate
            </>
          ) : (
            ": at or above the national rate"
          )}
        </li>
        <li>
          <strong>{formatRate(benchmark.perBusinesses.local, 2)}</strong> co-ops per 1,000 businesses here,
          against <strong>{formatRate(benchmark.perBusinesses.national, 2)}</strong> nationally
          {benchmark.gapPerBusinesses === null
            ? " (enter the business count to compare)"
            : benchmark.gapPerBusinesses > 0
              ? `: ${formatCoopsMore(benchmark.gapPerBusinesses)} to match the national rate`
              : ": at or above the national rate"}
        </li>
      </ul>
      <TableScroll label="National benchmark table">
        <table className="data-table benchmark-table" data-testid="economy.benchmark">
          <caption className="visually-hidden">
            Local measures against the national benchmark, {edition} edition
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Here ({count} active co-ops)</th>
              <th scope="col">Here, per head of population</th>
              <th scope="col">National</th>
              <th scope="col">National, per head of population</th>
            </tr>
          </thead>
          <tbody>
            {benchmark.lines.map((line) => (
              <tr key={line.measure}>
                <th scope="row">{MEASURE_LABELS[line.measure]}</th>
                <td>
                  {line.local.known === 0 && line.measure !== "number"
                    ? "—"
                    : formatMeasureValue(line.measure, line.local.total)}
                  {line.local.known < line.local.of && line.local.known > 0 && (
                    <span className="muted">
                      {" "}
                      (partial: {line.local.known} of {line.local.of})
                    </span>
                  )}
                </td>
                <td>{line.local.known === 0 ? "—" : formatPerHead(line.measure, line.localPer100k)}</td>
                <td>
                  <NationalCell figure={line.national} />
                </td>
                <td>{formatPerHead(line.measure, line.nationalPer100k)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="field__hint">
        Denominators: {benchmark.population?.label ?? "no UK population"};{" "}
        {benchmark.businesses?.label ?? "no UK business count"}. Editions restate earlier years, and from 2024
        the reports cover co-operatives and mutuals together. Turnover per head is distorted by national
        co-ops whose head offices sit in one area: compare co-ops per 100,000 residents or per 1,000
        businesses first.
      </p>
    </section>
  );
}
