import { byDate, upToDay } from './dated.js';
import { daysBetween, toDay } from '../calendar.js';
import { kpiTrend, type GoodChange } from './kpi-trend.js';
import { dayIn, scoringRun, type ScoringRun } from './scoring-run.js';
import type { Band, Health, KpiInput, KpiScore } from './types.js';

/** Expected days between measurements; a month is counted long so month ends never look late. */
const INTERVAL_DAYS = { daily: 1, weekly: 7, monthly: 31, quarterly: 92, yearly: 366 } as const;
/** Half an interval of grace: data published a little late is not yet stale. */
const STALE_AFTER = 1.5;

/** The target that applies on `date`: of time-bound targets, the one with the latest `from` on or before it. */
export function targetInForce(target: KpiInput['target'], date: string): Band | null {
  if (target === undefined) return null;
  if (!Array.isArray(target)) return target;
  return timeBoundInForce(target, date)?.value ?? null;
}

/** Of time-bound targets, the entry in force on `date` (the latest `from` on or before it), or null before the first. */
export function timeBoundInForce<T extends { from: string; value: Band }>(targets: readonly T[], date: string): T | null {
  const day = toDay(date);
  let best: { from: number; entry: T } | null = null;
  for (const entry of targets) {
    const from = toDay(entry.from);
    // `>=` so that of two entries from the same date the later one in the file wins.
    if (from <= day && (best === null || from >= best.from)) best = { from, entry };
  }
  return best?.entry ?? null;
}

/**
 * Health of one value. Between the target and the critical line is a warning; without a
 * critical line nothing is ever critical. A target of the wrong shape for the direction
 * (a number for a range, a band for increase/decrease) cannot be judged: unknown.
 */
export function kpiHealth(
  value: number,
  direction: KpiInput['direction'],
  target: Band | null,
  critical?: Band,
): Health {
  if (target === null) return 'unknown';
  if (direction === 'range') {
    if (typeof target === 'number') return 'unknown';
    if (target.min <= value && value <= target.max) return 'healthy';
    if (critical !== undefined && typeof critical !== 'number' && (value < critical.min || value > critical.max)) {
      return 'critical';
    }
    return 'warning';
  }
  if (typeof target !== 'number') return 'unknown';
  const line = typeof critical === 'number' ? critical : undefined;
  if (direction === 'increase') {
    if (value >= target) return 'healthy';
    return line !== undefined && value <= line ? 'critical' : 'warning';
  }
  if (value <= target) return 'healthy';
  return line !== undefined && value >= line ? 'critical' : 'warning';
}

/** Latest value, health, staleness and trend of a KPI as they stood on `asOf`. */
export function scoreKpi(kpi: KpiInput, asOf: string): KpiScore {
  return scoreKpiIn(scoringRun(), kpi, asOf);
}

/** `scoreKpi` as one KPI of a scoring run, which reuses what the run learnt of its series. */
export function scoreKpiIn(run: ScoringRun, kpi: KpiInput, asOf: string): KpiScore {
  // Only the latest value and the trend window are needed: search, do not copy years of data.
  const known = upToDay(run, byDate(run, kpi.series), dayIn(run, asOf));
  const last = known.at(-1);
  const latest = last ? { date: last.date, value: last.value } : null;
  const target = targetInForce(kpi.target, latest?.date ?? asOf);
  const daysSinceLatest = latest === null ? null : daysBetween(latest.date, asOf);
  const stale =
    daysSinceLatest !== null &&
    kpi.frequency !== undefined &&
    daysSinceLatest > STALE_AFTER * INTERVAL_DAYS[kpi.frequency];
  const byRule = latest === null ? 'unknown' : kpiHealth(latest.value, kpi.direction, target, kpi.critical);

  // A health set by hand holds until its `until` day, then the rule decides again.
  const byHand = kpi.health !== undefined && (kpi.health.until === undefined || asOf <= kpi.health.until) ? kpi.health : undefined;
  return {
    latest,
    target,
    health: byHand?.status ?? byRule,
    healthSetBy: byHand === undefined ? 'rule' : 'hand',
    healthReason: byHand?.reason ?? null,
    healthByRule: byRule,
    healthUntil: byHand?.until ?? null,
    stale,
    daysSinceLatest,
    ...kpiTrend(known, goodChange(kpi.direction, target)),
  };
}

/**
 * What counts as better: higher for `increase`, lower for `decrease`; for `range`, a smaller
 * distance from the band (0 inside it) at the line's end than at its start. The start's distance
 * is taken on the side where the line ends, so passing through the band and out of its other
 * side (70, 60, 15 for a band of 30-45) is a move away from the band, not toward it.
 */
function goodChange(direction: KpiInput['direction'], target: Band | null): GoodChange | null {
  if (direction === 'increase') return ({ rise }) => rise;
  if (direction === 'decrease') return ({ rise }) => -rise;
  // Without a band there is nothing to move toward.
  if (target === null || typeof target === 'number') return null;
  const band = target;
  return ({ start, rise, scale }) => {
    const min = finite(band.min / scale);
    const max = finite(band.max / scale);
    const end = start + rise;
    if (end < min) return -(min - end) + Math.max(0, min - start);
    if (end > max) return -(end - max) + Math.max(0, start - max);
    return start < min ? min - start : start > max ? start - max : 0;
  };
}

/** A band edge in the line's units, held to the largest double when a tiny scale blows it up. */
function finite(value: number): number {
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, value));
}
