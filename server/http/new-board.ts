import { linkUrl, type CreatedBoard } from "../../shared/api/roles";
import { newBoardId, newRecordId } from "../../shared/board/ids";
import type { BoardMeta } from "../../shared/board/types";
import type { AccessStore } from "../storage/access-store";
import type { BoardRecord } from "../storage/doc-store";
import { hashSecret, mintLinkToken } from "../auth/secrets";
import { toBoardSummary } from "./board-summary";

/** Store a new board with its first state and a facilitator link, in one transaction; the answer shows the token once. */
export async function storeNewBoard(
  access: AccessStore,
  state: Uint8Array,
  meta: BoardMeta,
  now = new Date().toISOString(),
): Promise<CreatedBoard> {
  const record: BoardRecord = {
    id: newBoardId(),
    title: meta.title,
    template: meta.template,
    createdAt: now,
    updatedAt: now,
  };
  const token = mintLinkToken();
  await access.createBoard(record, state, {
    id: newRecordId(),
    boardId: record.id,
    role: "facilitator",
    label: null,
    tokenHash: hashSecret(token),
    createdAt: record.createdAt,
  });
  return {
    ...toBoardSummary(record, meta),
    facilitatorToken: token,
    facilitatorUrl: linkUrl(record.id, token),
  };
}
