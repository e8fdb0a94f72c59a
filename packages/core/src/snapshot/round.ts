/**
 * Scores keep full precision while computed; the snapshot carries 6 decimals, plenty for display.
 * Adding 0 turns -0 (a zero attainment below a falling target, a tiny negative rounded) into 0:
 * JSON writes both as 0, but a reader's `Intl.NumberFormat` would show "-0".
 */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6 + 0;
}

export function round6OrNull(value: number | null): number | null {
  return value === null ? null : round6(value);
}
