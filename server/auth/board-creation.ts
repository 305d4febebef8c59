import { createMiddleware } from "hono/factory";
import type { Config } from "../config";
import { readCredential } from "./credentials";
import { forbidden, unauthorized } from "./require-role";
import { secretsEqual } from "./secrets";

/** `BOARD_CREATION=admin`: only holders of the instance's `ADMIN_TOKEN` may create boards. */
export function boardCreationPolicy({
  boardCreation,
  adminToken,
}: Pick<Config, "boardCreation" | "adminToken">) {
  return createMiddleware(async (c, next) => {
    if (boardCreation === "admin") {
      const credential = readCredential("", { authorization: c.req.header("authorization") });
      if (!credential) throw unauthorized("creating boards on this server needs the admin token");
      if (!adminToken || !secretsEqual(credential.secret, adminToken)) {
        throw forbidden("the admin token is not valid");
      }
    }
    await next();
  });
}
