import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { newBoardId } from "../../shared/board/ids";
import { handleErrors } from "../http/error-handler";
import { MemoryAccessStore } from "../storage/memory-access-store";
import { MemoryStore } from "../storage/memory-store";
import { silentLogger } from "../sync/logger";
import { createBoardAccess, type BoardAccess } from "./board-access";
import { createOriginPolicy } from "./origin-policy";
import { requireRole } from "./require-role";

/** The real board access, counting how often anything is looked up. */
function countedAccess(): { access: BoardAccess; lookups: () => number } {
  const real = createBoardAccess(new MemoryAccessStore(new MemoryStore()), createOriginPolicy([]));
  let lookups = 0;
  const access: BoardAccess = {
    check: (request) => {
      lookups++;
      return real.check(request);
    },
    resolve: (secret) => {
      lookups++;
      return real.resolve(secret);
    },
  };
  return { access, lookups: () => lookups };
}

describe("requireRole", () => {
  it("answers 400 for a malformed board id before anything is looked up", async () => {
    const { access, lookups } = countedAccess();
    const app = new Hono().get("/api/boards/:id/export", requireRole(access, "viewer"), (c) => c.text("ok"));
    app.onError(handleErrors(silentLogger));
    for (const id of ["not-an-id", "..%2F..%2Fcoplan.sqlite", `${newBoardId()}x`]) {
      const response = await app.request(`/api/boards/${id}/export`, {
        headers: { authorization: "Bearer cpl_whatever" },
      });
      expect(response.status).toBe(400);
    }
    expect(lookups()).toBe(0);
    const wellFormed = await app.request(`/api/boards/${newBoardId()}/export`);
    expect(wellFormed.status).toBe(401);
    expect(lookups()).toBe(1);
  });
});
