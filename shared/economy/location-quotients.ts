export interface LocationQuotient {
  sector: string;
  localCount: number;
  localShare: number;
  nationalCount: number;
  nationalShare: number;
  /** localShare / nationalShare: above 1, the sector is more concentrated here than nationally. */
  quotient: number | null;
}

/**
 * The sector mix against the national mix, sectors by local count (most first, then by name).
 * A sector with no national co-operatives has no quotient.
 */
export function locationQuotients(
  localBySector: ReadonlyMap<string, number>,
  nationalBySector: ReadonlyMap<string, number>,
): LocationQuotient[] {
  const localTotal = sum(localBySector);
  const nationalTotal = sum(nationalBySector);
  if (localTotal === 0) return [];
  return [...localBySector]
    .map(([sector, localCount]) => {
      const nationalCount = nationalBySector.get(sector) ?? 0;
      const localShare = localCount / localTotal;
      const nationalShare = nationalTotal > 0 ? nationalCount / nationalTotal : 0;
      const quotient = nationalShare > 0 ? localShare / nationalShare : null;
      return { sector, localCount, localShare, nationalCount, nationalShare, quotient };
    })
    .sort((a, b) => b.localCount - a.localCount || a.sector.localeCompare(b.sector));
}

function sum(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/** Counts by sector; a blank sector counts as "Unknown". */
export function countBySector(sectors: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sector of sectors) {
    const name = sector.trim() || "Unknown";
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
