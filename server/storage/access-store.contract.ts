import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AccessStore, NewLink, NewSession } from "./access-store";
import type { DocStore } from "./doc-store";
import { boardRecord } from "./doc-store.contract";
import { BoardNotFoundError } from "./store-errors";

export interface AccessStores {
  docs: DocStore;
  access: AccessStore;
}

const state = new Uint8Array([1, 2, 3]);

function link(id: string, overrides: Partial<NewLink> = {}): NewLink {
  return {
    id,
    boardId: "a",
    role: "editor",
    label: null,
    tokenHash: `hash-${id}`,
    createdAt: "2025-01-01T00:00:00.000Z",
    ...overrides,
  };
}

function session(secretHash: string, overrides: Partial<NewSession> = {}): NewSession {
  return {
    secretHash,
    boardId: "a",
    linkId: "facilitator",
    role: "facilitator",
    createdAt: "2025-01-02T00:00:00.000Z",
    expiresAt: "2025-02-01T00:00:00.000Z",
    ...overrides,
  };
}

/** The behaviour every AccessStore must have; `open` returns a fresh, empty pair of stores. */
export function describeAccessStoreContract(name: string, open: () => AccessStores): void {
  describe(`AccessStore contract: ${name}`, () => {
    let docs: DocStore;
    let access: AccessStore;

    beforeEach(async () => {
      ({ docs, access } = open());
      await access.createBoard(boardRecord("a"), state, link("facilitator", { role: "facilitator" }));
    });

    afterEach(async () => {
      await access.close();
      await docs.close();
    });

    it("[A1] creating a board stores the board, its state and its facilitator link together", async () => {
      expect(await docs.getBoard("a")).toEqual(boardRecord("a"));
      expect((await docs.loadDoc("a"))?.state).toEqual(state);
      expect(await access.listLinks("a")).toEqual([
        {
          id: "facilitator",
          boardId: "a",
          role: "facilitator",
          label: null,
          createdAt: link("f").createdAt,
          revokedAt: null,
        },
      ]);
    });

    it("[A2] a board whose link clashes is not created at all", async () => {
      await expect(
        access.createBoard(boardRecord("b"), state, link("facilitator", { boardId: "b" })),
      ).rejects.toThrow();
      expect(await docs.getBoard("b")).toBeUndefined();
      expect(await access.listLinks("b")).toEqual([]);
    });

    it("[A3] links are found by token hash, listed in order, and only for an existing board", async () => {
      await access.createLink(link("e", { label: "Partners", createdAt: "2025-01-03T00:00:00.000Z" }));
      await access.createLink(link("v", { role: "viewer", createdAt: "2025-01-04T00:00:00.000Z" }));
      expect(await access.findLink("hash-e")).toMatchObject({ id: "e", role: "editor", label: "Partners" });
      expect(await access.findLink("hash-unknown")).toBeUndefined();
      expect((await access.listLinks("a")).map((found) => found.id)).toEqual(["facilitator", "e", "v"]);
      await expect(access.createLink(link("x", { boardId: "missing" }))).rejects.toBeInstanceOf(
        BoardNotFoundError,
      );
    });

    it("[A4] revoking marks the link once, only on its own board", async () => {
      await access.createLink(link("e"));
      expect(await access.revokeLink("other", "e", "2025-01-05T00:00:00.000Z")).toBeUndefined();
      expect(await access.revokeLink("a", "missing", "2025-01-05T00:00:00.000Z")).toBeUndefined();
      expect((await access.revokeLink("a", "e", "2025-01-05T00:00:00.000Z"))?.revokedAt).toBe(
        "2025-01-05T00:00:00.000Z",
      );
      expect((await access.revokeLink("a", "e", "2025-01-06T00:00:00.000Z"))?.revokedAt).toBe(
        "2025-01-05T00:00:00.000Z",
      );
      expect((await access.findLink("hash-e"))?.revokedAt).toBe("2025-01-05T00:00:00.000Z");
    });

    it("[A5] a session is found until it expires or its link is revoked", async () => {
      await access.createLink(link("e"));
      await access.createSession(session("s1", { linkId: "e", role: "editor" }));
      expect(await access.findSession("s1", "2025-01-10T00:00:00.000Z")).toEqual({
        boardId: "a",
        linkId: "e",
        role: "editor",
        createdAt: "2025-01-02T00:00:00.000Z",
        expiresAt: "2025-02-01T00:00:00.000Z",
      });
      expect(await access.findSession("s1", "2025-02-01T00:00:00.000Z")).toBeUndefined();
      expect(await access.findSession("unknown", "2025-01-10T00:00:00.000Z")).toBeUndefined();
      await access.revokeLink("a", "e", "2025-01-11T00:00:00.000Z");
      expect(await access.findSession("s1", "2025-01-12T00:00:00.000Z")).toBeUndefined();
    });
  });
}
