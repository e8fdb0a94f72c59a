/** Scores keep full precision while computed; the snapshot carries 6 decimals, plenty for display. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function round6OrNull(value: number | null): number | null {
  return value === null ? null : round6(value);
}
