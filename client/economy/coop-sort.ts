import type { CoopView } from "../../shared/economy/types";

export const COOP_COLUMNS = [
  { id: "name", name: "Name" },
  { id: "sector", name: "Sector" },
  { id: "legalForm", name: "Legal form" },
  { id: "ownershipType", name: "Ownership" },
  { id: "status", name: "Status" },
  { id: "turnover", name: "Turnover" },
  { id: "employees", name: "Employees" },
  { id: "members", name: "Members" },
] as const;

export type CoopColumn = (typeof COOP_COLUMNS)[number]["id"];

export interface CoopSort {
  column: CoopColumn;
  direction: "ascending" | "descending";
}

function sortValue(coop: CoopView, column: CoopColumn): string | number {
  if (column === "turnover" || column === "employees" || column === "members")
    return coop[column]?.value ?? -1;
  return coop[column].toLocaleLowerCase("en-GB");
}

export function sortCoops(coops: readonly CoopView[], sort: CoopSort): CoopView[] {
  const column = sort.column;
  const direction = sort.direction === "descending" ? -1 : 1;
  return [...coops].sort((a, b) => {
    const left = sortValue(a, column);
    const right = sortValue(b, column);
    const order =
      typeof left === "number" && typeof right === "number"
        ? left - right
        : String(left).localeCompare(String(right), "en-GB");
    return order * direction || a.name.localeCompare(b.name, "en-GB");
  });
}
