import { countBySector, locationQuotients } from "../../shared/economy/location-quotients";
import type { CoopView } from "../../shared/economy/types";
import { TableScroll } from "./TableScroll";

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function reading(quotient: number | null): string {
  if (quotient === null) return "none nationally";
  if (quotient >= 1.25) return "more concentrated here";
  if (quotient <= 0.8) return "less concentrated here";
  return "about the national share";
}

/** The local sector mix against the national one, as location quotients (local share ÷ national share). */
export function SectorMix({
  coops,
  nationalSectors,
}: {
  coops: CoopView[];
  nationalSectors: Record<string, number>;
}) {
  const active = coops.filter((coop) => coop.status === "active");
  const rows = locationQuotients(
    countBySector(active.map((coop) => coop.sector)),
    new Map(Object.entries(nationalSectors)),
  );
  return (
    <section className="economy-panel" aria-labelledby="sectors-heading">
      <h3 id="sectors-heading" className="economy-panel__title">
        Sector mix against the national mix
      </h3>
      {rows.length === 0 ? (
        <p className="muted">No active co-operatives listed yet.</p>
      ) : (
        <TableScroll label="Sector mix table">
          <table className="data-table" data-testid="economy.sectors">
            <caption className="visually-hidden">
              Sector mix: location quotients against the national open data
            </caption>
            <thead>
              <tr>
                <th scope="col">Sector</th>
                <th scope="col">Co-ops here</th>
                <th scope="col">Share here</th>
                <th scope="col">Share nationally</th>
                <th scope="col">Location quotient</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.sector}>
                  <th scope="row">{row.sector}</th>
                  <td>{row.localCount}</td>
                  <td>{percent(row.localShare)}</td>
                  <td>{percent(row.nationalShare)}</td>
                  <td>
                    {row.quotient === null ? "—" : row.quotient.toFixed(2)}{" "}
                    <span className="muted">({reading(row.quotient)})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="field__hint">
        National mix: all co-operatives in the Co-operatives UK open data (2 March 2023).
      </p>
    </section>
  );
}
