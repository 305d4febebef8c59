import { describe, expect, it } from "vitest";
import { isAllowedHref } from "./link-policy";

describe("isAllowedHref", () => {
  it("allows web pages and e-mail addresses", () => {
    for (const href of ["https://example.org/a?b=c", "http://council.gov.uk", "mailto:clerk@example.org"]) {
      expect(isAllowedHref(href), href).toBe(true);
    }
  });

  it("refuses script, data and other schemes, however they are disguised", () => {
    for (const href of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "\u0001javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.org",
      "tel:+441234",
    ]) {
      expect(isAllowedHref(href), JSON.stringify(href)).toBe(false);
    }
  });
});
