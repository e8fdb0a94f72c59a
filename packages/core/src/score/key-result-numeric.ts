import { byDate, dayNumbersOf, lastOnOrBefore, numericValues, plainSlice, rangeOfDays, upToDay, withinDays } from './dated.js';
import { fitLine } from './least-squares.js';
import { clamp01 } from './numbers.js';
import { dayIn, type ScoringRun } from './scoring-run.js';
import type { DatedValue, KeyResultInput, MeasuredKeyResult, PeriodSpan } from './types.js';

/** Metric key results: progress from `start` toward `target`, read from the KR's own check-ins. */
export function scoreMetric(run: ScoringRun, kr: KeyResultInput, period: PeriodSpan, asOf: string): MeasuredKeyResult {
  const start = kr.start ?? 0;
  const history = upToDay(run, byDate(run, numericValues(kr.checkins)), dayIn(run, asOf));
  const current = history.at(-1)?.value ?? start;
  const forecastPoints = withinDays(run, history, dayIn(run, period.start), lastCountedDay(run, period, asOf));
  return towardTarget(run, { kr, period, start, current, history, forecastPoints, skipDate: undefined, days: null });
}

/**
 * KPI key results: the KPI is the source of truth, so check-ins are ignored for `current`, and
 * measurements after the period end do not count toward it.
 */
export function scoreKpiKeyResult(run: ScoringRun, kr: KeyResultInput, period: PeriodSpan, asOf: string): MeasuredKeyResult {
  // A KPI series may hold years of daily values: search it, and take only the period's part
  // (as plain { date, value }: the snapshot should not carry whatever else the caller's objects hold).
  const series = byDate(run, kr.kpiSeries ?? []);
  const startDay = dayIn(run, period.start);
  const cutoff = lastCountedDay(run, period, asOf);
  const baseline = kr.start === undefined ? lastOnOrBefore(run, series, startDay) : undefined;
  const start = kr.start ?? baseline?.value ?? null;
  const latest = lastOnOrBefore(run, series, cutoff);
  const [first, end] = rangeOfDays(run, series, startDay, cutoff);
  const history = plainSlice(run, series, first, end);
  // The series' day numbers, when it is long enough to have them, spare the fit reading dates.
  const seriesDays = dayNumbersOf(run, series);

  if (start === null) {
    return {
      start: null,
      current: latest?.value ?? null,
      target: kr.target ?? null,
      progress: 0,
      attainment: null,
      stretchReached: reachedStretch(kr, null, latest?.value ?? null),
      heldShare: null,
      forecast: null,
      unknownStart: true,
      history,
    };
  }
  // A baseline measured on the start day is already the (start day, start) point: counting it
  // twice would weigh the fit toward the start.
  return towardTarget(run, { kr, period, start, current: latest?.value ?? start, history, forecastPoints: history, skipDate: baseline?.date, days: seriesDays && { of: seriesDays, from: first } });
}

/** Measurements and check-ins only count up to the as-of date and never beyond the period end. */
function lastCountedDay(run: ScoringRun, period: PeriodSpan, asOf: string): number {
  return Math.min(dayIn(run, asOf), dayIn(run, period.end));
}

function towardTarget(
  run: ScoringRun,
  input: {
  kr: KeyResultInput;
  period: PeriodSpan;
  start: number;
  current: number;
  history: DatedValue[];
  forecastPoints: readonly DatedValue[];
  /** Points of this date stay out of the fit. */
  skipDate: string | undefined;
  /** Day numbers of the forecast points, when known: `of[from + i]` for point i. */
  days: { of: Int32Array; from: number } | null;
  },
): MeasuredKeyResult {
  const { kr, start, current } = input;
  const target = kr.target ?? null;
  // target == start is a validation error; without a span there is no progress to measure.
  const span = target === null || target === start ? null : { start, target };
  const ratio = span === null ? null : shareOf(current, span);
  return {
    start,
    current,
    target,
    progress: ratio === null ? 0 : clamp01(ratio),
    // A span too small for floating point (target 1e-320 above start) overflows the ratio:
    // progress can still read it, "n % of target" cannot.
    attainment: ratio !== null && Number.isFinite(ratio) ? ratio : null,
    stretchReached: reachedStretch(kr, start, current),
    heldShare: null,
    forecast: span === null ? null : forecast(run, input.period, start, span, input.forecastPoints, input.skipDate, input.days),
    unknownStart: false,
    history: input.history,
  };
}

/**
 * Where `value` lies from start (0) to target (1). Halved when the plain differences overflow
 * (a start of -1.7e308 and a target of 1.7e308 are 3.4e308 apart, beyond a double): the ratio
 * of the halves is the same, and finite.
 */
export function shareOf(value: number, span: { start: number; target: number }): number {
  const { start, target } = span;
  const distance = target - start;
  const moved = value - start;
  if (Number.isFinite(distance) && Number.isFinite(moved)) return moved / distance;
  return (value / 2 - start / 2) / (target / 2 - start / 2);
}

/**
 * Least-squares line through (start day, start) and the in-period values, read at the end day.
 * Days and values go into two typed arrays, not a point object per value: a repository has
 * tens of thousands of these fits. The arrays are the run's, reused by each of its fits:
 * allocating typed arrays is slow in V8.
 */
function forecast(
  run: ScoringRun,
  period: PeriodSpan,
  start: number,
  span: { start: number; target: number },
  points: readonly DatedValue[],
  skipDate: string | undefined,
  known: { of: Int32Array; from: number } | null,
): number | null {
  if (run.fitDays.length <= points.length) {
    run.fitDays = new Float64Array(points.length * 2);
    run.fitValues = new Float64Array(points.length * 2);
  }
  const { fitDays, fitValues } = run;
  fitDays[0] = dayIn(run, period.start);
  fitValues[0] = start;
  let n = 1;
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i] as DatedValue;
    if (p.date === skipDate) continue;
    fitDays[n] = known ? (known.of[known.from + i] as number) : dayIn(run, p.date);
    fitValues[n] = p.value;
    n += 1;
  }
  const endDay = dayIn(run, period.end);
  const fit = fitLine(fitDays, fitValues, n);
  if (fit === null) return null;
  const projected = fit.slope * endDay + fit.intercept;
  if (Number.isFinite(projected)) return clamp01(shareOf(projected, span));
  // Values near the largest double overflow the fit's sums: fit them scaled down, which moves
  // the line and the span alike and leaves the share at the end as it is.
  let scale = 0;
  for (let i = 0; i < n; i += 1) scale = Math.max(scale, Math.abs(fitValues[i] as number));
  for (let i = 0; i < n; i += 1) fitValues[i] = (fitValues[i] as number) / scale;
  const scaled = fitLine(fitDays, fitValues, n);
  if (scaled === null) return null;
  const share = shareOf(scaled.slope * endDay + scaled.intercept, { start: span.start / scale, target: span.target / scale });
  return Number.isFinite(share) ? clamp01(share) : null;
}

/**
 * The KR's direction comes from start -> target; when the start is unknown, from target -> stretch,
 * since a stretch always lies beyond the target.
 */
function reachedStretch(kr: KeyResultInput, start: number | null, current: number | null): boolean {
  const { target, stretch } = kr;
  if (stretch === undefined || current === null) return false;
  let upward: boolean;
  if (target !== undefined && start !== null && target !== start) upward = target > start;
  else if (target !== undefined && stretch !== target) upward = stretch > target;
  else return false;
  return upward ? current >= stretch : current <= stretch;
}
