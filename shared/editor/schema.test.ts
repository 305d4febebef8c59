import { describe, expect, it } from "vitest";
import { isAllowedLinkAttributes, isAllowedLinkHref, markOfFormat } from "./schema";

describe("editor schema", () => {
  it.each([
    "https://example.org/plan?x=1#y",
    "http://council.gov.uk",
    "mailto:officer@council.gov.uk",
    "HTTPS://EXAMPLE.ORG",
  ])("[E1] allows the link %s", (href) => {
    expect(isAllowedLinkHref(href)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "/b/relative",
    "example.org",
    "",
    `https://example.org/${"a".repeat(3000)}`,
  ])("[E1] refuses the link %j", (href) => {
    expect(isAllowedLinkHref(href)).toBe(false);
  });

  it("[E1] refuses a link href that is not a string", () => {
    expect(isAllowedLinkHref(42)).toBe(false);
    expect(isAllowedLinkHref(null)).toBe(false);
  });

  it("[E2] knows the marks, including y-tiptap's hashed names, and checks link attributes", () => {
    expect(markOfFormat("bold")).toBe("bold");
    expect(markOfFormat("link--AbCd+/=1")).toBe("link");
    expect(markOfFormat("script")).toBeUndefined();
    expect(markOfFormat("onclick--AbCd+/=1")).toBeUndefined();
    expect(isAllowedLinkAttributes({ href: "https://a.org", target: "_blank", rel: null, class: null })).toBe(
      true,
    );
    expect(isAllowedLinkAttributes(null)).toBe(true);
    expect(isAllowedLinkAttributes({ href: "javascript:alert(1)" })).toBe(false);
    expect(isAllowedLinkAttributes({ href: "https://a.org", onclick: "x" })).toBe(false);
    expect(isAllowedLinkAttributes({ target: "_blank" })).toBe(false);
    expect(isAllowedLinkAttributes("https://a.org")).toBe(false);
  });
});
