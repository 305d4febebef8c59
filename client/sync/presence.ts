import type { Awareness } from "y-protocols/awareness";

export interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

/** Everyone on the board with a name, yourself first, then by name. */
export function readPresence(awareness: Awareness): PresentUser[] {
  const people: PresentUser[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = (state as { user?: unknown }).user;
    if (!user || typeof user !== "object") continue;
    const { name, color } = user as { name?: unknown; color?: unknown };
    if (typeof name !== "string" || !name.trim()) continue;
    people.push({
      clientId,
      name: name.slice(0, 60),
      color: typeof color === "string" && /^#[0-9a-fA-F]{6}$/.test(color) ? color : "#475569",
      isSelf: clientId === awareness.clientID,
    });
  }
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}
