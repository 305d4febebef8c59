import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard, openBoardTogether } from "../fixtures/boards";
import { openSuccessionTogether, SuccessionPage } from "../fixtures/succession-page";
import { expect, test } from "../fixtures/test";
import { ADA, BEN, CLEO } from "../fixtures/users";

const LIVE = { timeout: 1_000 };

test("a business added and moved by one person appears in the other's pipeline within a second", async ({
  app,
  userA,
  userB,
}) => {
  const { ada, ben } = await openSuccessionTogether(app, userA, userB);
  await expectNoAxeViolations(userA.page, "the succession section");

  await ada.addBusiness("Identified", "Tamar Valley Bakery");
  await expect(ben.stage("Identified").getByText("Tamar Valley Bakery"), "added").toBeVisible(LIVE);
  await ada.closePanel();
  await ada.card("Tamar Valley Bakery").getByTestId("business.move").click();
  await expect(userA.page.getByRole("dialog", { name: "Move to stage" })).toBeVisible();
  await expectNoAxeViolations(userA.page, "the open move-business dialog");
  await userA.page.keyboard.press("Escape");
  await expect(userA.page.getByRole("dialog", { name: "Move to stage" })).toBeHidden();
  await ada.moveByKeyboard("Tamar Valley Bakery", "Structure and finance");
  await expect(ada.stage("Structure and finance").getByText("Tamar Valley Bakery")).toBeVisible();
  await expect(ben.stage("Structure and finance").getByText("Tamar Valley Bakery"), "moved").toBeVisible(
    LIVE,
  );
  await expect(ben.card("Tamar Valley Bakery")).toHaveCount(1);
  await expect(ben.stage("Identified").getByText("Tamar Valley Bakery")).toHaveCount(0);
  // The keyboard path leaves focus on the moved card.
  await expect(ada.card("Tamar Valley Bakery")).toBeFocused();
});

test("business notes are co-edited with the writer's named caret", async ({ app, userA, userB }) => {
  await openBoardTogether(app, userA, userB);
  const ada = new SuccessionPage(userA.page);
  const ben = new SuccessionPage(userB.page);
  await ada.open();
  await ada.addBusiness("Engaged", "Devonport Fish Merchants");
  await ben.open();
  await ben.openBusiness("Devonport Fish Merchants");

  await ada.typeNotes("Staff keen on a worker co-op.");
  await expect(ben.notesEditor).toContainText("Staff keen on a worker co-op.");
  await expect(ben.remoteCaret(ADA.name)).toHaveCount(1);
  await ben.typeNotes(" Valuation in March.");
  await expect(ada.notesEditor).toContainText("Staff keen on a worker co-op. Valuation in March.");
  await expect(ada.remoteCaret(BEN.name)).toHaveCount(1);
  await expectNoAxeViolations(userB.page, "the business panel");
});

test("[SU6] a confidential business is absent from the publication export and hidden from viewers", async ({
  app,
  userA,
  openUser,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  await ada.addBusiness("Engaged", "Stonehouse Engineering");
  await ada.panel.getByTestId("business.confidential-toggle").check();
  await ada.closePanel();
  await ada.addBusiness("Identified", "Barbican Opticians");
  await ada.closePanel();
  await expect(ada.card("Stonehouse Engineering").getByTestId("business.confidential")).toBeVisible();

  const exportOf = async (audience: string) => {
    const response = await userA.page.request.get(
      `/api/boards/${board.id}/export?format=json&audience=${audience}`,
    );
    expect(response.status()).toBe(200);
    return response.text();
  };
  await expect.poll(() => exportOf("internal")).toContain("Stonehouse Engineering");
  const publication = await exportOf("publication");
  expect(publication).toContain("Barbican Opticians");
  expect(publication).not.toContain("Stonehouse Engineering");

  const viewer = await openUser(CLEO);
  await viewer.board.goto(await board.linkUrl("viewer"));
  const view = new SuccessionPage(viewer.page);
  await view.open();
  await expect(view.stage("Identified").getByText("Barbican Opticians")).toBeVisible();
  await expect(view.stage("Engaged").getByText("Confidential business")).toBeVisible();
  // Withheld, not missing: the placeholder says so rather than "No details yet".
  await expect(view.stage("Engaged").getByText("Details withheld")).toBeVisible();
  await expect(viewer.page.getByText("Stonehouse Engineering")).toHaveCount(0);
  await expect(viewer.page.getByTestId("stage.add-business")).toHaveCount(0);
  await expect(viewer.page.getByTestId("board.view-only")).toBeVisible();
  await expectNoAxeViolations(viewer.page, "the succession section for a viewer");
});

test("a business links to a matrix action, and the action's panel links back to the business", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  await ada.addBusiness("Exploring options", "Saltash Road Bakery");
  const action = "Support those involved in potential buyout opportunities to identify their finance options";
  await ada.panel.getByTestId("business.link-action").selectOption({ label: action });
  await ada.panel.getByTestId("business.open-action").filter({ hasText: action }).click();

  await expect(userA.board.panel.root).toBeVisible();
  await expect(userA.board.panel.title).toHaveValue(action);
  await userA.page.getByTestId("action.open-business").filter({ hasText: "Saltash Road Bakery" }).click();
  await expect(ada.panel).toBeVisible();
  await expect(ada.name).toHaveValue("Saltash Road Bakery");
  expect(new URL(userA.page.url()).hash).toContain("section=succession");
});

test("[SU2] a filtered pipeline stays live, and a renamed stage keeps its businesses for everyone", async ({
  app,
  userA,
  userB,
}) => {
  const { ada, ben } = await openSuccessionTogether(app, userA, userB);
  const addWithRoute = async (stage: string, name: string, route: string) => {
    await ada.addBusiness(stage, name);
    await ada.panel.getByTestId("business.route").selectOption({ label: route });
    await ada.closePanel();
  };
  await addWithRoute("Engaged", "Devonport Fish Merchants", "Worker co-operative");
  await addWithRoute("Engaged", "Estover Print Works", "Employee Ownership Trust");

  await userB.page.getByTestId("filter.route").click();
  await userB.page.getByRole("option", { name: "Worker co-operative" }).click();
  await expect(ben.cards).toHaveCount(1);
  await expect(ben.card("Devonport Fish Merchants")).toHaveCount(1);
  await expect(userB.page.getByTestId("summary.businesses")).toHaveText("1");
  await addWithRoute("Identified", "Saltash Road Bakery", "Worker co-operative");
  await expect(ben.stage("Identified").getByText("Saltash Road Bakery")).toBeVisible(LIVE);
  await expect(ben.cards).toHaveCount(2);

  await userA.page.getByTestId("stages.edit").click();
  const names = userA.page.getByTestId("stages.name");
  await names.nth(1).fill("In conversation");
  await userA.page.getByRole("button", { name: "Done" }).click();
  await expect(ben.stage("In conversation").getByText("Devonport Fish Merchants")).toBeVisible(LIVE);
  await expect(ada.stage("In conversation").getByText("Estover Print Works")).toBeVisible();
  await expectNoAxeViolations(userB.page, "the filtered succession section");
});

test("a card dragged with the mouse to another stage moves there for everyone", async ({
  app,
  userA,
  userB,
}) => {
  const { ada, ben } = await openSuccessionTogether(app, userA, userB);
  await ada.addBusiness("Identified", "Hoe Park Nursery");
  await ada.closePanel();

  await ada
    .card("Hoe Park Nursery")
    .locator(".business-card__name")
    .dragTo(ada.stage("Feasibility and valuation").getByRole("grid"));
  await expect(ben.stage("Feasibility and valuation").getByText("Hoe Park Nursery")).toBeVisible(LIVE);
  await expect(ben.cards).toHaveCount(1);
});
