import type { Role } from "../../shared/api/roles";
import type { Permission } from "../sync/sync-socket";

/** Viewers may only read; editors and facilitators write. The sync core checks it per message. */
export function permissionOf(role: Role): Permission {
  return role === "viewer" ? "read" : "write";
}
