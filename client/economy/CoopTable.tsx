import { useState } from "react";
import {
  Button,
  Cell,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  type SortDescriptor,
} from "react-aria-components";
import { setCoopStatus, setCoopText, type CoopTextField } from "../../shared/board";
import type { CoopView } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";
import { COOP_COLUMNS, sortCoops } from "./coop-sort";
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

/** The local list: sortable, each cell an accessible field, a co-op marked closed rather than deleted. */
export function CoopTable({ coops }: { coops: CoopView[] }) {
  const session = useSession();
  const [sort, setSort] = useState<SortDescriptor>({ column: "name", direction: "ascending" });
  const rows = sortCoops(coops, sort);
  return (
    <div className="coop-table__scroll">
      <Table
        aria-label="Co-operatives in the area"
        className="data-table coop-table"
        sortDescriptor={sort}
        onSortChange={setSort}
        data-testid="economy.coops"
      >
        <TableHeader>
          {COOP_COLUMNS.map((column) => (
            <Column
              key={column.id}
              id={column.id}
              isRowHeader={column.id === "name"}
              allowsSorting
              className="coop-table__column"
            >
              {({ sortDirection }) => (
                <span className="coop-table__heading">
                  {column.name}
                  <span aria-hidden="true" className="coop-table__sort">
                    {sortDirection === "ascending" ? "▲" : sortDirection === "descending" ? "▼" : ""}
                  </span>
                </span>
              )}
            </Column>
          ))}
          <Column id="actions" className="coop-table__column">
            <span className="visually-hidden">Actions</span>
          </Column>
        </TableHeader>
        <TableBody
          items={rows}
          renderEmptyState={() => (
            <p className="muted">
              No co-operatives listed yet: choose the local authority above, or add one.
            </p>
          )}
        >
          {(coop) => (
            <Row
              id={coop.id}
              className={coop.status === "closed" ? "coop-row coop-row--closed" : "coop-row"}
              data-testid="coop.row"
              data-name={coop.name}
            >
              <Cell>
                <TextCell coop={coop} field="name" label="Name" />
                {coop.origin === "manual" && <span className="coop-origin">Added by hand</span>}
              </Cell>
              <Cell>
                <TextCell coop={coop} field="sector" label="Sector" />
              </Cell>
              <Cell>{coop.legalForm || "—"}</Cell>
              <Cell>{coop.ownershipType || "—"}</Cell>
              <Cell>
                <span className={`coop-status coop-status--${coop.status}`} data-testid="coop.status">
                  {coop.status === "closed" ? "✕ Closed" : "● Active"}
                </span>
              </Cell>
              <Cell>
                <FigureCell coop={coop} figure="turnover" />
              </Cell>
              <Cell>
                <FigureCell coop={coop} figure="employees" />
              </Cell>
              <Cell>
                <FigureCell coop={coop} figure="members" />
              </Cell>
              <Cell>
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
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
