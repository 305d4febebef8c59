import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

const HOST_PATTERN = /^[a-z0-9.:[\]-]+$/i;

// The sync socket lives on this same origin; CSP 'self' does not cover ws:/wss: in every browser.
const sameHostSockets = (c: Context): string => {
  const host = new URL(c.req.url).host;
  return HOST_PATTERN.test(host) ? `ws://${host} wss://${host}` : "";
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Tiptap, React Aria and positioning libraries set inline style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'", sameHostSockets],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "no-referrer",
  });
}
