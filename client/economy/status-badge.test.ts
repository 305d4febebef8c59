import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BENCHMARK_STATUSES, type BenchmarkStatus } from "../../shared/economy/benchmark";
import { StatusBadge } from "./StatusBadge";

const render = (status: BenchmarkStatus) => {
  const host = renderToStaticMarkup(createElement(StatusBadge, { status }));
  const text = host.replace(/<[^>]+>/g, "");
  const hidden = /<span aria-hidden="true">([^<]*)<\/span>/.exec(host)?.[1] ?? "";
  return { host, text, hidden, spoken: text.replace(hidden, "") };
};

describe("StatusBadge", () => {
  it("marks an uncertain figure with the word and a question mark, never colour alone", () => {
    const badge = render("uncertain");
    expect(badge.spoken).toBe("Uncertain");
    expect(badge.hidden.trim()).toBe("?");
    expect(badge.host).toContain("benchmark-status--uncertain");
  });

  it("marks a derived figure with the word and an approximately-equal sign", () => {
    const badge = render("derived");
    expect(badge.spoken).toBe("Derived");
    expect(badge.hidden.trim()).toBe("≈");
    expect(badge.host).toContain("benchmark-status--derived");
  });

  it("says which kind of source verified a figure", () => {
    expect(render("verified_primary").spoken).toBe("Verified (primary source)");
    expect(render("verified_secondary").spoken).toBe("Verified (secondary source)");
  });

  it("gives every status its own wording", () => {
    const words = BENCHMARK_STATUSES.map((status) => render(status).spoken);
    expect(new Set(words).size).toBe(BENCHMARK_STATUSES.length);
  });
});
