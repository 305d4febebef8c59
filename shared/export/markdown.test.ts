import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown } from "./markdown";

describe("escapeMarkdown", () => {
  it.each([
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"],
    ["[link](javascript:x)", "\\[link\\](javascript:x)"],
    ["a | b", "a \\| b"],
    ["&amp; #1", "\\&amp; \\#1"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["two\nlines", "two lines"],
    ["Co-operative Option", "Co-operative Option"],
  ])("%j → %j", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe("renderMarkdown", () => {
  it("renders links only to web or mail addresses, and never raw HTML", () => {
    const markdown = renderMarkdown({
      title: "Plan",
      area: "",
      period: "",
      version: "Live board",
      sections: [
        {
          id: "matrix",
          title: "Action plan",
          blocks: [
            {
              kind: "paragraph",
              runs: [
                { text: "site", link: "https://example.org/a b" },
                { text: " and " },
                { text: "bad", link: "javascript:alert(1)" },
              ],
            },
          ],
        },
      ],
    });
    expect(markdown).toContain("[site](<https://example.org/a%20b>) and bad");
  });
});
