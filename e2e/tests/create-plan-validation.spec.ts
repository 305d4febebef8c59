import type { Locator } from "@playwright/test";
import { TITLE_MAX_LENGTH } from "../../shared/api/schemas";
import { expectNoAxeViolations } from "../fixtures/axe";
import { expect, test } from "../fixtures/test";

/** The text of every element the field names in aria-describedby. */
async function description(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );
}

test("an empty plan title is marked on the field, in plain words, without asking the server", async ({
  userA,
}) => {
  const { page, home } = userA;
  const boardPosts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/boards")
      boardPosts.push(request.url());
  });
  await home.goto();
  await home.title.fill("   ");
  await home.create.click();

  await expect(home.title).toHaveAttribute("aria-invalid", "true");
  await expect(home.title).toBeFocused();
  expect(await description(home.title)).toContain("Give the plan a title");
  await expect(page.getByRole("alert").filter({ hasText: "title must not be empty" })).toHaveCount(0);
  await expectNoAxeViolations(page, "the home page with an invalid title");
  expect(boardPosts).toEqual([]);

  await home.title.fill("Leeds co-operative action plan");
  await expect(home.title).not.toHaveAttribute("aria-invalid", "true");
  expect(await description(home.title)).not.toContain("Give the plan a title");
  await home.create.click();
  await page.waitForURL(/\/b\//);
  expect(boardPosts).toHaveLength(1);
});

test("a long plan title counts down near its limit and says when it is full", async ({ userA }) => {
  const { page, home } = userA;
  await home.goto();
  await home.title.fill("x".repeat(TITLE_MAX_LENGTH - 30));
  expect(await description(home.title)).toBe("");

  await home.title.fill("x".repeat(TITLE_MAX_LENGTH - 12));
  await expect(page.getByText("12 characters left")).toBeVisible();
  expect(await description(home.title)).toContain("12 characters left");

  await home.title.fill("y".repeat(TITLE_MAX_LENGTH + 40));
  await expect(home.title).toHaveValue("y".repeat(TITLE_MAX_LENGTH));
  await expect(page.getByText(`No characters left: ${TITLE_MAX_LENGTH} at most`)).toBeVisible();
});
