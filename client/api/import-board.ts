import type { CreatedBoard } from "../../shared/api/roles";
import { requestJson } from "./request-json";

/** Send a JSON export file's text as it is: the server validates it and creates a new board from it. */
export function importBoard(exportText: string): Promise<CreatedBoard> {
  return requestJson<CreatedBoard>("/api/boards/import", { method: "POST", body: exportText });
}
