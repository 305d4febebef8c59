import { randomColour } from "./palette";

export const USER_STORAGE_KEY = "coplan.user";
export const NAME_MAX_LENGTH = 60;

/** Who this browser is, as shown to everyone else on a board (awareness `user`, caret label). */
export interface LocalUser {
  name: string;
  color: string;
}

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function cleanName(name: string): string {
  return name.replace(/\s+/g, " ").trim().slice(0, NAME_MAX_LENGTH);
}

/** The stored user, or undefined when none is stored or it is unusable (then the name is asked again). */
export function parseUser(raw: string | null): LocalUser | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== "object") return undefined;
    const { name, color } = value as Partial<Record<keyof LocalUser, unknown>>;
    if (typeof name !== "string" || !cleanName(name)) return undefined;
    return {
      name: cleanName(name),
      color: typeof color === "string" && HEX_COLOUR.test(color) ? color : randomColour(),
    };
  } catch {
    return undefined;
  }
}

export function loadUser(storage: KeyValueStorage): LocalUser | undefined {
  try {
    return parseUser(storage.getItem(USER_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function saveUser(storage: KeyValueStorage, user: LocalUser): LocalUser {
  const cleaned = { name: cleanName(user.name), color: user.color };
  try {
    storage.setItem(USER_STORAGE_KEY, JSON.stringify(cleaned));
  } catch {
    // Private browsing can refuse storage: the name still works for this visit.
  }
  return cleaned;
}
