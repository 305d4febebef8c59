import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { SuccessionPage } from "../fixtures/succession-page";
import { expect, test } from "../fixtures/test";
import { CLEO } from "../fixtures/users";

const SECRET = "Stonehouse Engineering";

test("[S30] a viewer's browser never receives a confidential business; made public, it appears after a fresh start", async ({
  app,
  userA,
  openUser,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();

  // The viewer is watching before the business exists.
  const viewer = await openUser(CLEO);
  const received: Buffer[] = [];
  viewer.page.on("websocket", (socket) =>
    socket.on("framereceived", ({ payload }) => received.push(Buffer.from(payload))),
  );
  await viewer.board.goto(await board.linkUrl("viewer"));
  const view = new SuccessionPage(viewer.page);
  await view.open();

  // Name and confidentiality are chosen together, before anything reaches the board.
  await ada.stage("Engaged").getByTestId("stage.add-business").click();
  const dialog = userA.page.getByTestId("add-business.dialog");
  await dialog.getByTestId("add-business.name").fill(SECRET);
  await dialog.getByTestId("add-business.confidential").check();
  await expectNoAxeViolations(userA.page, "the add business dialog");
  await dialog.getByTestId("add-business.confirm").click();
  await expect(ada.card(SECRET)).toHaveCount(1);
  await ada.closePanel();
  await expect(view.stage("Engaged").getByText("Confidential business")).toBeVisible();

  // Typed while the viewer watches: the placeholder stays a placeholder, and no frame carries the name.
  await ada.openBusiness(SECRET);
  await ada.panel.getByTestId("business.nextStep").fill("Valuation with Stonehouse's accountant");
  await ada.moveByKeyboard(SECRET, "Exploring options");
  await expect(view.stage("Exploring options").getByText("Confidential business")).toBeVisible();
  const wire = () => Buffer.concat(received).toString("latin1");
  expect(wire()).not.toContain("Stonehouse");
  await expectNoAxeViolations(viewer.page, "the succession section for a viewer of a confidential business");

  // Made public: the viewer's page starts again from a fresh copy that shows it.
  await ada.openBusiness(SECRET);
  await ada.panel.getByTestId("business.confidential-toggle").uncheck();
  await expect(view.stage("Exploring options").getByText(SECRET)).toBeVisible({ timeout: 10_000 });
  await expect(view.stage("Exploring options").getByText("Confidential business")).toHaveCount(0);
});
