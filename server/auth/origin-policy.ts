/**
 * Which page origins may act on a board with a browser's ambient credentials (the session cookie).
 * Always the server's own origin (Origin host equals Host), plus any listed in `ALLOWED_ORIGINS`.
 */
export function createOriginPolicy(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return {
    allows(origin: string, host: string | undefined): boolean {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") return false;
      if (allowed.has(url.origin.toLowerCase())) return true;
      return host !== undefined && url.host.toLowerCase() === host.toLowerCase();
    },
  };
}

export type OriginPolicy = ReturnType<typeof createOriginPolicy>;
