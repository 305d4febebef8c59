import { BENCHMARK_STATUS_LABELS, type BenchmarkStatus } from "../../shared/economy/benchmark";

const SYMBOLS: Record<BenchmarkStatus, string> = {
  verified_primary: "✓",
  verified_secondary: "✓",
  derived: "≈",
  uncertain: "?",
};

/** How a benchmark figure was checked: a word and a symbol, never colour alone. */
export function StatusBadge({ status }: { status: BenchmarkStatus }) {
  return (
    <span className={`benchmark-status benchmark-status--${status}`} data-testid="economy.benchmark-status">
      <span aria-hidden="true">{SYMBOLS[status]} </span>
      {BENCHMARK_STATUS_LABELS[status]}
    </span>
  );
}
