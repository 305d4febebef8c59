import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Share-link tokens (shown once, carried in URL fragments) and session secrets (cookies, bearer). */
export const LINK_TOKEN_PREFIX = "cpl_";
export const SESSION_SECRET_PREFIX = "cps_";

// 32 random bytes in base64url: 43 characters.
const SECRET_PATTERN = /^cp[ls]_[A-Za-z0-9_-]{43}$/;

function mint(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

export const mintLinkToken = (): string => mint(LINK_TOKEN_PREFIX);
export const mintSessionSecret = (): string => mint(SESSION_SECRET_PREFIX);

/** Whether `value` has the shape of a secret this server mints; anything else is refused unhashed. */
export function isWellFormedSecret(value: string): boolean {
  return SECRET_PATTERN.test(value);
}

/** The only form in which a secret is stored: SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Compare two secrets in time independent of where they differ (hashing first equalises lengths). */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(
    createHash("sha256").update(given).digest(),
    createHash("sha256").update(expected).digest(),
  );
}
