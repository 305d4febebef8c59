import { describe, expect, it } from "vitest";
import type { OutlineAction } from "../../shared/board/board-outline";
import { cardHtml, escapeHtml } from "./card-markup";

const action: OutlineAction = {
  title: "Find finance",
  owner: "",
  status: "planned",
  due: "",
  milestone: "",
  partnerCount: 0,
};

/** The card's text as a screen reader or a reader gets it: tags dropped, entities decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe("cardHtml", () => {
  it("escapes every piece of board content, so a title or owner that looks like markup stays text", () => {
    const hostile = `<img src=x onerror="alert(1)"> & 'quoted'`;
    const html = cardHtml(
      { ...action, title: hostile, owner: `</li><script>x</script>`, milestone: `"><b>` },
      1,
      1,
      "2026-01-01",
    );
    expect(html).not.toMatch(/<img|<script|<b>|onerror="/);
    expect(text(html)).toContain(hostile);
    expect(text(html)).toContain("Lead: </li><script>x</script>");
    expect(text(html)).toContain(`Milestone: "><b>`);
    expect(escapeHtml(`<&>"'`)).toBe("&#60;&#38;&#62;&#34;&#39;");
  });

  it("says what the live card says: status, lead, due or overdue, milestone, partners", () => {
    const html = cardHtml(
      { ...action, owner: "Council", due: "2026-03-31", milestone: "Cabinet, March", partnerCount: 2 },
      3,
      250,
      "2026-04-01",
    );
    expect(text(html)).toBe(
      "Find financeStatus: PlannedLead: CouncilOverdue: 31 Mar 2026Milestone: Cabinet, March2 partners",
    );
    expect(html).toContain('aria-posinset="3" aria-setsize="250"');
    expect(html).toContain('data-status="planned"');
    expect(html).toContain("action-card__fact--overdue");
    const done = cardHtml({ ...action, status: "done", due: "2026-03-31" }, 1, 1, "2026-04-01");
    expect(text(done)).toContain("Due 31 Mar 2026");
  });

  it("draws an unknown status as an idea and an empty title as the live card does", () => {
    const html = cardHtml(
      { ...action, title: "", status: "nonsense" as OutlineAction["status"] },
      1,
      1,
      "2026-01-01",
    );
    expect(html).toContain('data-status="idea"');
    expect(text(html)).toContain("Untitled actionStatus: Idea");
  });
});
