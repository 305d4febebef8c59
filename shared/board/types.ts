export const ACTION_STATUSES = ["idea", "planned", "in-progress", "done", "blocked"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  idea: "Idea",
  planned: "Planned",
  "in-progress": "In progress",
  done: "Done",
  blocked: "Blocked",
};

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === "string" && (ACTION_STATUSES as readonly string[]).includes(value);
}

export interface BoardMeta {
  schemaVersion: number;
  title: string;
  /** The council or area the plan covers, e.g. "Plymouth City Council". */
  area: string;
  /** Plan period as free text or ISO dates, e.g. "2025–2028". */
  periodStart: string;
  periodEnd: string;
  template: string;
  createdAt: string;
}

/** A column or a theme (row) of the action-plan matrix. */
export interface AxisItem {
  id: string;
  title: string;
  order: string;
}

/** Where an action sits: one cell of the matrix, and its order within the cell. */
export interface ActionPosition {
  themeId: string;
  columnId: string;
  order: string;
}

export interface ActionView {
  id: string;
  title: string;
  owner: string;
  partners: string[];
  status: ActionStatus;
  /** ISO date (YYYY-MM-DD) or empty. */
  due: string;
  /** Free-text milestone, e.g. "Cabinet paper, March". */
  milestone: string;
  themeId: string;
  columnId: string;
  order: string;
  createdAt: string;
}

export interface BoardView {
  meta: BoardMeta;
  columns: AxisItem[];
  themes: AxisItem[];
  /** Every placed action, keyed by `cellKey(themeId, columnId)`, each list sorted by order. */
  cells: Map<string, ActionView[]>;
  /** Actions whose theme or column was deleted concurrently: kept, never silently dropped. */
  unplaced: ActionView[];
  actionCount: number;
}

export function cellKey(themeId: string, columnId: string): string {
  return `${themeId}/${columnId}`;
}
