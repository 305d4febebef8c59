import { isBoardId } from "../../shared/board/ids";
import { splitLinkToken } from "./link-token";

export const FACILITATOR_LINKS_KEY = "coplan.facilitator-links";

/** A plan created on this device: its facilitator link, the way back in once the session cookie expires. */
export interface FacilitatorLink {
  /** Relative: `/b/<id>#token=<token>`. */
  url: string;
  /** ISO timestamp. */
  savedAt: string;
  /** The person closed the "keep it safe" notice; the link stays reachable from the Share dialog. */
  acknowledged: boolean;
}

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;
type Links = Record<string, FacilitatorLink>;

function isFacilitatorLink(value: unknown): value is FacilitatorLink {
  if (!value || typeof value !== "object") return false;
  const { url, savedAt, acknowledged } = value as Record<string, unknown>;
  return typeof url === "string" && typeof savedAt === "string" && typeof acknowledged === "boolean";
}

function readAll(storage: KeyValueStorage): Links {
  try {
    const value: unknown = JSON.parse(storage.getItem(FACILITATOR_LINKS_KEY) ?? "{}");
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(([id, link]) => isBoardId(id) && isFacilitatorLink(link)),
    ) as Links;
  } catch {
    return {};
  }
}

function writeAll(storage: KeyValueStorage, links: Links): void {
  try {
    storage.setItem(FACILITATOR_LINKS_KEY, JSON.stringify(links));
  } catch {
    // Storage refused: the link was still shown once, with a copy button.
  }
}

export function readFacilitatorLink(storage: KeyValueStorage, boardId: string): FacilitatorLink | undefined {
  return readAll(storage)[boardId];
}

export function facilitatorToken(storage: KeyValueStorage, boardId: string): string | undefined {
  const link = readFacilitatorLink(storage, boardId);
  return link ? splitLinkToken(new URL(link.url, "http://x").hash).token : undefined;
}

export function saveFacilitatorLink(
  storage: KeyValueStorage,
  boardId: string,
  url: string,
  now = new Date(),
) {
  writeAll(storage, {
    ...readAll(storage),
    [boardId]: { url, savedAt: now.toISOString(), acknowledged: false },
  });
}

export function acknowledgeFacilitatorLink(storage: KeyValueStorage, boardId: string): void {
  const links = readAll(storage);
  const link = links[boardId];
  if (link) writeAll(storage, { ...links, [boardId]: { ...link, acknowledged: true } });
}
