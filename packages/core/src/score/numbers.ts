/**
 * Tolerance for comparisons against thresholds: 0.7 - 0.6 is 0.09999999999999998 in floating
 * point, and a lag of exactly 0.10 must still be on-track.
 */
export const EPSILON = 1e-9;

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
