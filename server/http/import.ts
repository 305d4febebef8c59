import { Hono } from "hono";
import * as Y from "yjs";
import { ERROR_CODE } from "../../shared/api/schemas";
import { readMeta } from "../../shared/board/meta";
import { importBoardJson, type ImportProblem } from "../../shared/export/import-board";
import { boardCreationPolicy } from "../auth/board-creation";
import type { AppDeps } from "./app-deps";
import { ApiError } from "./api-error";
import { storeNewBoard } from "./new-board";
import { readJsonBody } from "./validation";

function importError(problem: ImportProblem): ApiError {
  const code =
    problem.kind === "newerVersion" ? ERROR_CODE.unsupportedFormatVersion : ERROR_CODE.invalidImport;
  return new ApiError(400, code, problem.message, problem.issues);
}

/** `POST /api/boards/import`: a JSON export becomes a new board; anything invalid creates nothing. */
export function importRoutes({ access, config }: Pick<AppDeps, "access" | "config">): Hono {
  return new Hono().post("/import", boardCreationPolicy(config), async (c) => {
    const result = importBoardJson(await readJsonBody(c));
    if (!result.ok) throw importError(result.problem);
    const state = Y.encodeStateAsUpdate(result.doc);
    const meta = readMeta(result.doc);
    result.doc.destroy();
    const created = await storeNewBoard(access, state, meta);
    c.header("Location", `/api/boards/${created.id}`);
    c.header("Cache-Control", "no-store");
    return c.json(created, 201);
  });
}
