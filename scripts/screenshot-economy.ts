// Take docs/economy.png from the real app: the Economy tab for Plymouth, the worked example of
// data/open-data/plymouth-reference.csv (population, the 2018 baseline of 23 co-ops and the goal to
// double it, actuals from the open data and later news). Run with `npx tsx scripts/screenshot-economy.ts`
// after `npm run build`.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { chromium, expect } from "@playwright/test";
import { startAppServer } from "../e2e/fixtures/app-server";
import { createBoard } from "../e2e/fixtures/boards";
import { findChromium } from "../e2e/fixtures/chromium-path";
import { EconomyPage } from "../e2e/fixtures/economy-page";
import { ADA, openUser } from "../e2e/fixtures/users";

const OUTPUT = new URL("../docs/economy.png", import.meta.url);
const CONTEXT = { viewport: { width: 1440, height: 1500 }, locale: "en-GB" };
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
  const target = String(Number(baseline.value) * 2);
  await economy.addGoal(baseline.value, baseline.reference_year, target, "2025");
  const goal = economy.goals.first();
  await economy.recordActual(goal, Number(openDataCount.reference_year), openDataCount.value);
  const actual2024 = String(Number(baseline.value) + Number(newSince2018.value));
  await economy.recordActual(goal, Number(newSince2018.reference_year), actual2024);
  await expect(goal.getByTestId("goal.status")).toHaveText(/Behind|On track/);
  // A pointer click on the page's margin: no field keeps focus, and no focus ring is left on the tab panel.
  await user.page.mouse.click(1430, 890);
  await user.page.evaluate(() => window.scrollTo(0, 0));
  await user.page.screenshot({ path: OUTPUT.pathname });
  // A look at the rest of the page while working on it: FULL_PAGE=/tmp/economy writes /tmp/economy-<n>.png.
  const prefix = process.env.FULL_PAGE;
  const height = await user.page.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 1500, index = 1; prefix && top < height; top += 1500, index += 1) {
    const clip = { x: 0, y: top, width: 1440, height: Math.min(1500, height - top) };
    await user.page.screenshot({ path: `${prefix}-${index}.png`, fullPage: true, clip });
  }
  if (prefix) {
    await economy.openBrief();
    await economy.briefEditor.getByText("Maximum budget").click();
    await user.page.getByTestId("brief.insert-baseline").click();
    await user.page.screenshot({ path: `${prefix}-brief.png` });
  }
  console.log(`Wrote ${OUTPUT.pathname}`);
} finally {
  await browser.close();
  await app.dispose();
}
