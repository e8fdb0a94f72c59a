import { daysBetween, toDay } from '../calendar.js';
import { clamp01 } from './numbers.js';
import type { PeriodSpan } from './types.js';

/**
 * Share of the period elapsed at `asOf`, counted in whole days from `start` to `end` as written
 * (2026-10-01..2026-12-31 at 2026-11-15 is 45/91).
 */
export function expectedProgress(period: PeriodSpan, asOf: string): number {
  const length = daysBetween(period.start, period.end);
  const elapsed = daysBetween(period.start, asOf);
  // A one-day period has no length to divide by: it is all expected once it starts.
  if (length <= 0) return elapsed >= 0 ? 1 : 0;
  return clamp01(elapsed / length);
}

export type PeriodPhase = 'before' | 'during' | 'after';

/** `during` includes both the start and the end day, since `end` is inclusive. */
export function periodPhase(period: PeriodSpan, asOf: string): PeriodPhase {
  const day = toDay(asOf);
  if (day < toDay(period.start)) return 'before';
  if (day > toDay(period.end)) return 'after';
  return 'during';
}
