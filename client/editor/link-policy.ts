const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** Links in notes may point only to web pages and e-mail addresses: never `javascript:`, `data:` or the like. */
export function isAllowedHref(href: string): boolean {
  try {
    // A base makes relative links resolve to https, which is harmless.
    return ALLOWED_PROTOCOLS.has(new URL(href, "https://coplan.invalid/").protocol);
  } catch {
    return false;
  }
}
