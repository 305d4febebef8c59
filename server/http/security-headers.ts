import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

const HOST_PATTERN = /^[a-z0-9.:[\]-]+$/i;

// The sync socket lives on this same origin; CSP 'self' does not cover ws:/wss: in every browser.
const sameHostSockets = (c: Context): string => {
  const host = new URL(c.req.url).host;
  return HOST_PATTERN.test(host) ? `ws://${host} wss://${host}` : "";
};

/**
 * A strict CSP for the built client (vite emits no inline script; index.html has none): scripts
 * only from this origin, no plugins, no framing, no foreign forms or sockets. Styles keep
 * 'unsafe-inline': Tiptap injects a <style> element and carets set style attributes.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'", sameHostSockets],
      objectSrc: ["'none'"],
      frameSrc: ["'none'"],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
    crossOriginOpenerPolicy: "same-origin",
    crossOriginResourcePolicy: "same-origin",
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
    },
  });
}
