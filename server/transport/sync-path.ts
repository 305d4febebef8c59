import { isBoardId } from "../../shared/board/ids";

export const SYNC_PATH_PREFIX = "/sync/";

/** The board id of a `/sync/:boardId` request target (query ignored), or undefined for any other path. */
export function boardIdFromSyncPath(target: string | undefined): string | undefined {
  const path = (target ?? "").split("?", 1)[0] ?? "";
  if (!path.startsWith(SYNC_PATH_PREFIX)) return undefined;
  const id = path.slice(SYNC_PATH_PREFIX.length);
  return isBoardId(id) ? id : undefined;
}
