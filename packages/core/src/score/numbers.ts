/**
 * Tolerance for comparisons against thresholds: 0.7 - 0.6 is 0.09999999999999998 in floating
 * point, and a lag of exactly 0.10 must still be on-track.
 */
export const EPSILON = 1e-9;

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Whether `a` and `b` are equal up to rounding, for values of any size: the same EPSILON,
 * relative to `scale` (the largest magnitude in play), so a mean of 0.1, -0.21 and 0.11 counts
 * as 0 and one of millions is held to millions.
 */
export function nearlyEqual(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(Math.abs(scale), Number.MIN_VALUE);
}
