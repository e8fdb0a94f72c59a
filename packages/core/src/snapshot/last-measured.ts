import { addDays, isIsoDay } from '../calendar.js';

/**
 * The day a KPI was last measured, or null when never. A snapshot for the public leaves out the
 * measurements of a KPI whose values are hidden but keeps how many days before the as-of day it
 * was measured, so the day is still known (the as-of day less those days).
 */
export function lastMeasuredOn(kpi: { latest: { date: string } | null; daysSinceLatest: number | null }, asOf: string | null): string | null {
  if (kpi.latest) return kpi.latest.date;
  const days = kpi.daysSinceLatest;
  if (asOf === null || !isIsoDay(asOf) || typeof days !== 'number' || !Number.isInteger(days) || days < 0) return null;
  return addDays(asOf, -days);
}
