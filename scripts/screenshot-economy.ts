// Take docs/economy.png from the real app: the whole Economy tab for Plymouth, the worked example of
// data/open-data/plymouth-reference.csv (population, the 2018 baseline of 23 co-ops and the goal to
// double it, actuals from the open data and later news), with the business count and a few co-ops'
// figures entered as a team would. Run with `npx tsx scripts/screenshot-economy.ts` after `npm run build`.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { chromium, expect } from "@playwright/test";
import { startAppServer } from "../e2e/fixtures/app-server";
import { createBoard } from "../e2e/fixtures/boards";
import { findChromium } from "../e2e/fixtures/chromium-path";
import { EconomyPage } from "../e2e/fixtures/economy-page";
import { ADA, openUser } from "../e2e/fixtures/users";

const OUTPUT = new URL("../docs/economy.png", import.meta.url);
// Wide enough for the co-op table's every column (name to Mark closed) without its own scroll bar.
const CONTEXT = { viewport: { width: 1840, height: 900 }, locale: "en-GB" };
// Plymouth's business count is not in plymouth-reference.csv: companies on the register at the end of
// 2024 as reported locally (Companies House data via Inform Direct). A council would enter its own
// ONS UK Business Count from Nomis.
const BUSINESSES = {
  value: "11473",
  year: "2024",
  source: "Companies House via Inform Direct, end 2024",
};
// A few co-ops' figures as the team would record them; marked as examples, not published accounts.
const EXAMPLE_SOURCE = "Example figure (not verified)";
const FIGURES = [
  { coop: "Plymouth Energy Community", figure: "members", value: "1200", year: "2023" },
  { coop: "Plymouth Energy Community", figure: "employees", value: "20", year: "2023" },
  { coop: "Farleys Food Coop", figure: "turnover", value: "85000", year: "2023" },
] as const;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"];

type Reference = { area: string; reference_year: string; metric: string; value: string; source: string };
const reference = Papa.parse<Reference>(
  readFileSync(new URL("../data/open-data/plymouth-reference.csv", import.meta.url), "utf8"),
  { header: true, skipEmptyLines: true },
).data.filter((row) => row.area === "Plymouth");
const find = (metric: string) => {
  const row = reference.find((candidate) => candidate.metric === metric);
  if (!row) throw new Error(`plymouth-reference.csv has no ${metric}`);
  return row;
};
const population = find("population");
const baseline = find("number");
const openDataCount = find("number_open_data");
const newSince2018 = find("new_coops_since_2018");

const app = await startAppServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const board = await createBoard(
    app,
    "Plymouth co-operative development action plan",
    "council-action-plan",
  );
  const user = await openUser(browser, app.url, ADA, CONTEXT);
  await user.board.goto(board.facilitatorUrl);
  await user.page.getByLabel("Council or area").fill("Plymouth City Council");
  await user.page.getByLabel("From", { exact: true }).fill("April 2026");
  await user.page.getByLabel("To", { exact: true }).fill("March 2029");
  const economy = new EconomyPage(user.page);
  await economy.open();
  await economy.chooseLocalAuthority("Plymouth");
  await expect(economy.rows).toHaveCount(Number(openDataCount.value));
  await economy.setDenominator(
    "population",
    population.value,
    population.reference_year,
    "ONS mid-2020 estimate",
  );
  await economy.setDenominator("businesses", BUSINESSES.value, BUSINESSES.year, BUSINESSES.source);
  for (const { coop, figure, value, year } of FIGURES)
    await economy.recordFigure(coop, figure, value, year, EXAMPLE_SOURCE);
  await expect(economy.measure("members")).toContainText("members known for 1 of 31 co-ops");
  const target = String(Number(baseline.value) * 2);
  await economy.addGoal(baseline.value, baseline.reference_year, target, "2025");
  const goal = economy.goals.first();
  await economy.recordActual(goal, Number(openDataCount.reference_year), openDataCount.value);
  const actual2024 = String(Number(baseline.value) + Number(newSince2018.value));
  await economy.recordActual(goal, Number(newSince2018.reference_year), actual2024);
  await expect(goal.getByTestId("goal.status")).toHaveText(/Behind|On track/);
  await goal.getByText("Link or unlink matrix actions").click();
  await goal
    .getByRole("checkbox", { name: "Promote the ‘Co-operative Option’ through an awareness programme" })
    .check();
  await goal.getByText("Link or unlink matrix actions").click();
  const table = user.page.locator(".coop-table__scroll");
  // Recording a figure scrolls the table to that column; the shot starts it at the names again.
  await table.evaluate((element) => element.scrollTo({ left: 0 }));
  const hidden = await table.evaluate((element) => element.scrollWidth - element.clientWidth);
  if (hidden > 0) throw new Error(`The co-op table needs ${hidden}px more width: widen CONTEXT.viewport`);
  // A pointer click on the page's margin: no field keeps focus, and no focus ring is left on the tab panel.
  await user.page.mouse.click(CONTEXT.viewport.width - 10, 890);
  await user.page.evaluate(() => window.scrollTo(0, 0));
  await user.page.screenshot({ path: OUTPUT.pathname, fullPage: true });
  if (process.env.BRIEF) {
    await economy.openBrief();
    await economy.briefEditor.getByText("Maximum budget").click();
    await user.page.getByTestId("brief.insert-baseline").click();
    await user.page.screenshot({ path: process.env.BRIEF, fullPage: true });
  }
  console.log(`Wrote ${OUTPUT.pathname}`);
} finally {
  await browser.close();
  await app.dispose();
}
