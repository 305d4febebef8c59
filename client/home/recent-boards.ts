import { isBoardId } from "../../shared/board";

export const RECENT_BOARDS_KEY = "coplan.recent-boards";
export const RECENT_BOARDS_LIMIT = 20;

/** A plan opened on this device, for "Your plans on this device". */
export interface RecentBoard {
  id: string;
  title: string;
  area: string;
  /** ISO timestamp. */
  lastOpened: string;
}

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

function isRecentBoard(value: unknown): value is RecentBoard {
  if (!value || typeof value !== "object") return false;
  const { id, title, area, lastOpened } = value as Record<string, unknown>;
  return (
    typeof id === "string" &&
    isBoardId(id) &&
    typeof title === "string" &&
    typeof area === "string" &&
    typeof lastOpened === "string"
  );
}

/** Most recently opened first; entries that cannot be read are dropped rather than breaking the page. */
export function readRecentBoards(storage: KeyValueStorage): RecentBoard[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(RECENT_BOARDS_KEY) ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.filter(isRecentBoard).sort((a, b) => b.lastOpened.localeCompare(a.lastOpened));
  } catch {
    return [];
  }
}

function write(storage: KeyValueStorage, boards: RecentBoard[]): RecentBoard[] {
  try {
    storage.setItem(RECENT_BOARDS_KEY, JSON.stringify(boards));
  } catch {
    // Storage full or refused: the list is a convenience, the plan itself lives on the server.
  }
  return boards;
}

export function rememberBoard(
  storage: KeyValueStorage,
  board: Pick<RecentBoard, "id" | "title" | "area">,
  now = new Date(),
): RecentBoard[] {
  const others = readRecentBoards(storage).filter((entry) => entry.id !== board.id);
  const entry = { id: board.id, title: board.title, area: board.area, lastOpened: now.toISOString() };
  return write(storage, [entry, ...others].slice(0, RECENT_BOARDS_LIMIT));
}

export function forgetBoard(storage: KeyValueStorage, id: string): RecentBoard[] {
  return write(
    storage,
    readRecentBoards(storage).filter((entry) => entry.id !== id),
  );
}
