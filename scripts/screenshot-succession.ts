// Take docs/succession.png from the real app: the Succession section of a council plan with twenty
// local businesses across the pipeline (seeded through the JSON import), as a facilitator sees it with
// "Hide confidential names" on.
// Run with `npx tsx scripts/screenshot-succession.ts` after `npm run build`.
import * as Y from "yjs";
import { chromium, expect } from "@playwright/test";
import { councilActionPlan } from "../shared/templates/council-action-plan";
import { seedBoard } from "../shared/templates";
import { exportBoardJson } from "../shared/export/board-json";
import type { CreatedBoard } from "../shared/api/roles";
import { startAppServer } from "../e2e/fixtures/app-server";
import { findChromium } from "../e2e/fixtures/chromium-path";
import { ADA, openUser } from "../e2e/fixtures/users";
import { addSampleBusinesses } from "./succession-sample";

// `--panel` opens one business's panel and writes /tmp/succession-panel.png instead (for checking the panel);
// `--presenting` turns on presentation view and writes /tmp/succession-presenting.png (the projector's view).
const withPanel = process.argv.includes("--panel");
const presenting = process.argv.includes("--presenting");
const OUTPUT = new URL(
  withPanel
    ? "file:///tmp/succession-panel.png"
    : presenting
      ? "file:///tmp/succession-presenting.png"
      : "../docs/succession.png",
  import.meta.url,
);
const CONTEXT = { viewport: { width: 1920, height: 1080 }, locale: "en-GB" };

function sampleBoard(): unknown {
  const doc = new Y.Doc();
  seedBoard(doc, councilActionPlan, {
    title: "Plymouth co-operative development action plan",
    area: "Plymouth City Council",
    periodStart: "April 2026",
    periodEnd: "March 2029",
  });
  addSampleBusinesses(doc);
  return exportBoardJson(doc, "a".repeat(22));
}

const app = await startAppServer();
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--headless", "--no-sandbox"],
});
try {
  const response = await fetch(`${app.url}/api/boards/import`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(sampleBoard()),
  });
  if (response.status !== 201) throw new Error(`import: ${response.status} ${await response.text()}`);
  const board = (await response.json()) as CreatedBoard;
  const user = await openUser(browser, app.url, ADA, CONTEXT);
  await user.page.goto(board.facilitatorUrl.replace("#", "#section=succession&"));
  await expect(user.page.getByTestId("business.card")).toHaveCount(20);
  await expect(user.page.getByTestId("succession.narrative").locator("[contenteditable]")).toBeVisible();
  // A picture that may be projected or published: the two confidential sample businesses show as
  // placeholders, as they would on a projector with partners in the room.
  const hideNames = user.page.getByRole("switch", { name: "Hide confidential names" });
  await user.page.getByTestId("succession.hide-confidential").click();
  await expect(hideNames).toBeChecked();
  await expect(user.page.getByTestId("succession")).not.toContainText(
    /Stonehouse Engineering|Sutton Harbour Boatyard/,
  );
  if (presenting) await user.page.getByRole("button", { name: "Presentation view" }).click();
  if (withPanel) {
    await user.page
      .getByTestId("business.card")
      .filter({ hasText: "Plympton Care at Home" })
      .locator("p")
      .first()
      .click();
    await expect(user.page.getByTestId("business.panel")).toBeVisible();
  }
  // The section from its tabs down: the plan's title and details are above, as on the live page.
  await user.page.getByRole("tablist", { name: "Board sections" }).evaluate((tabs) => tabs.scrollIntoView());
  await user.page.screenshot({ path: OUTPUT.pathname, fullPage: process.argv.includes("--full") });
  console.log(`Wrote ${OUTPUT.pathname}`);
} finally {
  await browser.close();
  await app.dispose();
}
