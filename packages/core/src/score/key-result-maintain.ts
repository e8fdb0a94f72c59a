import { byDate, lastOnOrBefore, numericValues, plainDated, plainSlice, rangeOfDays, withinDays } from './dated.js';
import { dayIn, type ScoringRun } from './scoring-run.js';
import type { KeyResultInput, MeasuredKeyResult, PeriodSpan } from './types.js';

/**
 * "Keep X above/below Y": all or nothing on the latest value, plus how often the bound held
 * during the period so a single good reading does not hide a bad quarter.
 */
export function scoreMaintain(run: ScoringRun, kr: KeyResultInput, period: PeriodSpan, asOf: string): MeasuredKeyResult {
  const fromKpi = kr.kpiSeries !== undefined;
  const countedUntil = Math.min(dayIn(run, asOf), dayIn(run, period.end));
  // Same cut-offs as the other types: a KPI counts up to the period end, check-ins up to as-of.
  const cutoff = fromKpi ? countedUntil : dayIn(run, asOf);
  // Searched, not copied: a KPI series may hold years of daily values.
  const values = byDate(run, fromKpi ? (kr.kpiSeries ?? []) : numericValues(kr.checkins));
  const latestSeen = lastOnOrBefore(run, values, cutoff);
  const latest = latestSeen && { date: latestSeen.date, value: latestSeen.value };
  const upward = (kr.direction ?? 'increase') === 'increase';
  const target = kr.target;
  const holds = (v: number): boolean => target !== undefined && (upward ? v >= target : v <= target);

  const progress = latest !== undefined && holds(latest.value) ? 1 : 0;
  const [first, end] = rangeOfDays(run, values, dayIn(run, period.start), Math.min(countedUntil, cutoff));
  const inPeriod = plainSlice(run, values, first, end);
  const stretch = kr.stretch;
  return {
    start: kr.start ?? null,
    current: latest?.value ?? null,
    target: target ?? null,
    progress,
    attainment: null,
    stretchReached:
      stretch !== undefined && latest !== undefined && (upward ? latest.value >= stretch : latest.value <= stretch),
    heldShare: target === undefined || inPeriod.length === 0 ? null : heldCount(inPeriod, holds) / inPeriod.length,
    // Holding a bound has no trajectory to extrapolate; today's state is the best guess.
    forecast: progress,
    unknownStart: false,
    // Like kpi key results, a KPI contributes its in-period values; check-ins all count.
    history: fromKpi ? inPeriod : plainDated(withinDays(run, values, Number.NEGATIVE_INFINITY, cutoff)),
  };
}

/** How many of the values hold the bound: counted, not filtered into a list first. */
function heldCount(values: readonly { value: number }[], holds: (value: number) => boolean): number {
  let held = 0;
  for (const { value } of values) if (holds(value)) held += 1;
  return held;
}
