import { describe, expect, it } from "vitest";
import { createConsoleLogger } from "./console-logger";

function capture(level: Parameters<typeof createConsoleLogger>[0]) {
  const lines: { severity: string; record: Record<string, unknown> }[] = [];
  const logger = createConsoleLogger(level, (severity, line) =>
    lines.push({ severity, record: JSON.parse(line) as Record<string, unknown> }),
  );
  return { logger, lines };
}

describe("createConsoleLogger", () => {
  it("writes one JSON object per line with the fields", () => {
    const { logger, lines } = capture("info");
    logger.info("room loaded", { boardId: "b1", updates: 3 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.record).toMatchObject({
      level: "info",
      message: "room loaded",
      boardId: "b1",
      updates: 3,
    });
    expect(typeof lines[0]?.record.time).toBe("string");
  });

  it("keeps an error's name, message and stack", () => {
    const { logger, lines } = capture("info");
    logger.error("failed", { error: new TypeError("boom") });
    expect(lines[0]?.record.error).toMatchObject({ name: "TypeError", message: "boom" });
    expect(String((lines[0]?.record.error as { stack: string }).stack)).toContain("boom");
  });

  it("drops messages below the level", () => {
    const { logger, lines } = capture("warn");
    logger.info("quiet");
    logger.warn("loud");
    logger.error("louder");
    expect(lines.map((line) => line.severity)).toEqual(["warn", "error"]);
    const silent = capture("silent");
    silent.logger.error("nothing");
    expect(silent.lines).toHaveLength(0);
  });
});
