/** A count per 100,000 residents. */
export function per100k(count: number, population: number): number | null {
  return population > 0 ? (count / population) * 100_000 : null;
}

/** A count per 1,000 businesses. */
export function per1000Businesses(count: number, businesses: number): number | null {
  return businesses > 0 ? (count / businesses) * 1_000 : null;
}

/**
 * How many more co-operatives the area needs for its rate to reach the national one: the smallest
 * whole number that closes the gap, 0 when the area is already level or ahead.
 */
export function coopsToMatch(
  localCount: number,
  localDenominator: number,
  nationalRate: number,
  per: number,
): number {
  const needed = (nationalRate * localDenominator) / per;
  // A rate rebuilt from rounded figures can land a hair above a whole number.
  return Math.max(0, Math.ceil(needed - localCount - 1e-9));
}

/** The local rate's gap to the national one, as a signed ratio: -0.25 is a quarter below. */
export function relativeGap(localRate: number, nationalRate: number): number | null {
  return nationalRate > 0 ? localRate / nationalRate - 1 : null;
}
