import { timeBoundInForce } from '../score/kpi-health.js';
import type { Band } from '../score/types.js';

/**
 * A time-bound target that came into force after a KPI's latest measurement: its health is still
 * judged against the target of that measurement's day (docs/scoring.md), so readers are told that
 * the bar has moved since. Null when the target in force at `asOf` is the one judged against.
 */
export function newerTarget(
  kpi: { targets: readonly { from: string; value: Band }[] | null; target: Band | null; latest: { date: string } | null },
  asOf: string,
): { from: string; value: Band } | null {
  if (kpi.targets === null || kpi.latest === null) return null;
  const now = timeBoundInForce(kpi.targets, asOf);
  if (now === null || now.from <= kpi.latest.date || sameBand(now.value, kpi.target)) return null;
  return now;
}

function sameBand(a: Band, b: Band | null): boolean {
  if (b === null) return false;
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.min === b.min && a.max === b.max;
}
