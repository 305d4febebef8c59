import { useState } from "react";
import { Button } from "react-aria-components";
import { setCoopStatus, setCoopText, type CoopTextField } from "../../shared/board";
import type { CoopView } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";
import { COOP_COLUMNS, sortCoops, type CoopColumn, type CoopSort } from "./coop-sort";
import { FigureCell } from "./FigureCell";

function TextCell({ coop, field, label }: { coop: CoopView; field: CoopTextField; label: string }) {
  const session = useSession();
  if (!session.canEdit) return <span>{coop[field]}</span>;
  return (
    <input
      className="input coop-table__input"
      aria-label={`${label} of ${coop.name || "unnamed co-op"}`}
      value={coop[field]}
      maxLength={300}
      data-testid={`coop.${field}`}
      onChange={(event) => {
        const value = event.target.value;
        session.change(() => setCoopText(session.doc, coop.id, field, value));
      }}
    />
  );
}

/**
 * The local list: a plain table, sortable by any column (aria-sort on the header), each cell an
 * accessible field or button, a co-op marked closed rather than deleted. Not a grid: its cells hold
 * fields, and a grid would make every cell a focus target of its own.
 */
export function CoopTable({ coops }: { coops: CoopView[] }) {
  const session = useSession();
  const [sort, setSort] = useState<CoopSort>({ column: "name", direction: "ascending" });
  const rows = sortCoops(coops, sort);
  const toggle = (column: CoopColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === "ascending" ? "descending" : "ascending",
    }));
  return (
    <div className="coop-table__scroll">
      <table className="data-table coop-table" data-testid="economy.coops">
        <caption className="visually-hidden">
          Co-operatives in the area; the column buttons sort the table
        </caption>
        <thead>
          <tr>
            {COOP_COLUMNS.map((column) => {
              const sorted = sort.column === column.id ? sort.direction : undefined;
              return (
                <th key={column.id} scope="col" aria-sort={sorted ?? "none"} className="coop-table__column">
                  <button type="button" className="coop-table__sort-button" onClick={() => toggle(column.id)}>
                    {column.name}
                    <span aria-hidden="true" className="coop-table__sort">
                      {sorted === "ascending" ? "▲" : sorted === "descending" ? "▼" : "↕"}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" className="coop-table__column">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={COOP_COLUMNS.length + 1} className="muted">
                No co-operatives listed yet: choose the local authority above, or add one.
              </td>
            </tr>
          )}
          {rows.map((coop) => (
            <tr
              key={coop.id}
              className={coop.status === "closed" ? "coop-row coop-row--closed" : "coop-row"}
              data-testid="coop.row"
            >
              <th scope="row" className="coop-table__name">
                <TextCell coop={coop} field="name" label="Name" />
                {coop.origin === "manual" && <span className="coop-origin">Added by hand</span>}
              </th>
              <td>
                <TextCell coop={coop} field="sector" label="Sector" />
              </td>
              <td>{coop.legalForm || "—"}</td>
              <td>{coop.ownershipType || "—"}</td>
              <td>
                <span className={`coop-status coop-status--${coop.status}`} data-testid="coop.status">
                  {coop.status === "closed" ? "✕ Closed" : "● Active"}
                </span>
              </td>
              <td>
                <FigureCell coop={coop} figure="turnover" />
              </td>
              <td>
                <FigureCell coop={coop} figure="employees" />
              </td>
              <td>
                <FigureCell coop={coop} figure="members" />
              </td>
              <td>
                {session.canEdit && (
                  <Button
                    className="button button--small"
                    aria-label={`${coop.status === "closed" ? "Reopen" : "Mark closed"}: ${coop.name}`}
                    data-testid="coop.toggle-closed"
                    onPress={() =>
                      session.change(() =>
                        setCoopStatus(session.doc, coop.id, coop.status === "closed" ? "active" : "closed"),
                      )
                    }
                  >
                    {coop.status === "closed" ? "Reopen" : "Mark closed"}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
