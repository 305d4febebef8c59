import type { Page, WebSocket } from "@playwright/test";
import { createBoard } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";
import { ADA, BEN } from "../fixtures/users";

/** Every sync socket the page opens, from its first script on. */
function recordSyncSockets(page: Page): WebSocket[] {
  const sockets: WebSocket[] = [];
  page.on("websocket", (socket) => {
    if (new URL(socket.url()).pathname.startsWith("/sync/")) sockets.push(socket);
  });
  return sockets;
}

test("a board opened from a link syncs over one socket (the one opened before the page rendered), with the link's role", async ({
  app,
  openUser,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const facilitator = await openUser(ADA);
  const viewer = await openUser(BEN);

  for (const [person, url, role] of [
    [facilitator, board.facilitatorUrl, "facilitator"],
    [viewer, await board.linkUrl("viewer"), "viewer"],
  ] as const) {
    await test.step(`the ${role} opens the board`, async () => {
      const sockets = recordSyncSockets(person.page);
      await person.board.goto(url);
      await expect(person.page.getByTestId("board.role")).toHaveAttribute("data-role", role);
      await expect(person.board.presenceUsers.filter({ hasText: person.identity!.name })).toHaveCount(1);
      expect(sockets).toHaveLength(1);
      expect(sockets[0]!.isClosed()).toBe(false);
    });
  }
  await expect(facilitator.board.presenceUsers.filter({ hasText: BEN.name })).toHaveCount(1);
});

test("a browser that refuses the session cookie is told so, and no socket stays open", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const { page } = userA;
  const sockets = recordSyncSockets(page);
  // The server takes the link but the browser keeps no cookie: answer POST /session without one.
  await page.route(/\/api\/boards\/[^/]+\/session$/, (route) =>
    route.fulfill({ json: { boardId: board.id, role: "facilitator" } }),
  );
  await page.goto(board.facilitatorUrl);
  await expect(page.getByRole("alert")).toContainText("Your browser did not keep the sign-in cookie");
  await expect(page.getByTestId("access.denied")).toHaveCount(0);
  await expect(page.getByTestId("matrix")).toHaveCount(0);
  // A socket may have started while /me ran; the server refused it (no cookie) and the page closed it.
  await expect.poll(() => sockets.filter((socket) => !socket.isClosed()).length).toBe(0);
});
