/**
 * Keys inside the `economy` root. Co-operatives and goals sit in the root itself under a prefix, not
 * in nested maps: two people creating the same nested map at once would each make their own, and
 * one of them would be lost. Each co-operative or goal is a Y.Map created whole in one transaction.
 */
export const ECONOMY_KEY = {
  localAuthority: "localAuthority",
  population: "population",
  businesses: "businesses",
  benchmarkEdition: "benchmarkEdition",
} as const;

export const COOP_PREFIX = "coop:";
export const GOAL_PREFIX = "goal:";

export const coopKey = (id: string) => `${COOP_PREFIX}${id}`;
export const goalKey = (id: string) => `${GOAL_PREFIX}${id}`;
