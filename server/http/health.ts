import { Hono } from "hono";
import type { AppDeps } from "./app-deps";

export function healthRoutes({ rooms }: Pick<AppDeps, "rooms">): Hono {
  return new Hono().get("/", (c) =>
    c.json({ status: "ok", rooms: rooms.roomCount, connections: rooms.connectionCount }),
  );
}
