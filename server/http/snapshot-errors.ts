import { ERROR_CODE } from "../../shared/api/schemas";
import type { VersionLookup } from "../snapshots/board-version";
import type { BoardVersion } from "../snapshots/board-version";
import { ApiError, boardNotFound } from "./api-error";

export const snapshotNotFound = (): ApiError =>
  new ApiError(404, ERROR_CODE.snapshotNotFound, "this board has no such snapshot");

export const snapshotLimit = (message: string): ApiError =>
  new ApiError(409, ERROR_CODE.snapshotLimit, message);

/** The version, or the 404 that says which part was missing. */
export function versionOr404(lookup: VersionLookup): BoardVersion {
  if (lookup.found) return lookup.value;
  throw lookup.missing === "board" ? boardNotFound() : snapshotNotFound();
}
