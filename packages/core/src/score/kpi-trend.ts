import { toDay } from '../calendar.js';
import { linearFit } from './least-squares.js';
import { EPSILON, nearlyEqual } from './numbers.js';
import type { DatedValue, Trend } from './types.js';

const WINDOW = 6;
const MIN_POINTS = 3;
const THRESHOLD = 0.02;

/**
 * The least-squares line through a trend window, in units of the window's largest value
 * (`scale`): its value at the window's first date, and its rise from there to the last date.
 */
export interface FittedWindow {
  start: number;
  rise: number;
  scale: number;
}

/**
 * How much better the KPI got along the fitted line, in the line's units: + is good, - is bad.
 * A KPI with no notion of good (a range KPI without a band) passes null instead of one.
 */
export type GoodChange = (line: FittedWindow) => number;

/**
 * Relative change over the last few measurements, signed so that + is good. Relative to the
 * window's mean so a KPI in millions and one in percent share the same ±2 % line.
 */
export function kpiTrend(measurements: readonly DatedValue[], good: GoodChange | null): { trend: Trend; trendChange: number | null } {
  const window = measurements.slice(-WINDOW);
  const unknown = { trend: 'unknown', trendChange: null } as const;
  if (window.length < MIN_POINTS || good === null) return unknown;
  const scale = window.reduce((most, m) => Math.max(most, Math.abs(m.value)), 0) || 1;
  // Fitted in units of the largest value, so that values near the largest double cannot overflow
  // the sums; the change relative to the mean does not depend on the unit.
  const points = window.map((m) => ({ x: toDay(m.date), y: m.value / scale }));
  const fit = linearFit(points);
  const first = points[0];
  const last = points.at(-1);
  if (fit === null || first === undefined || last === undefined) return unknown;

  const n = points.length;
  const mean = points.reduce((sum, p) => sum + p.y, 0) / n;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  // The line runs through the means: its start is found from there, not from an intercept at day 0.
  const change = good({ start: mean + fit.slope * (first.x - meanX), rise: fit.slope * (last.x - first.x), scale });
  // A mean that is 0 up to rounding (0.1, -0.21, 0.11) would blow the relative change up to 10^15;
  // a mean of 0 leaves the change itself, in the KPI's own unit.
  const relative = nearlyEqual(mean, 0, 1) ? change * scale : change / Math.abs(mean);
  // `+ 0` turns a -0 (a flat line on a decreasing KPI) into a plain 0; absurd magnitudes stay finite.
  const trendChange = Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, relative)) + 0;
  // The tolerance grades and pace use: exactly ±2 % is flat, whatever the rounding.
  const trend = trendChange > THRESHOLD + EPSILON ? 'improving' : trendChange < -THRESHOLD - EPSILON ? 'worsening' : 'flat';
  return { trend, trendChange };
}
