import { civilOfDay, dayOfCivil, fromDay, isIsoDay, toDay } from '@cairn/core/calendar';
import { nice as niceExtent, ticks as niceTicks } from 'd3-array';

/**
 * Linear and calendar scales for the layouts, on d3-array's tick arithmetic. d3-scale would do
 * the same, but its interpolators bring d3-color and d3-format along: a third of the bundle's
 * budget for mapping numbers onto pixels. Dates are labelled with Intl, in the reader's locale.
 */
export interface LinearScale {
  (value: number): number;
  domain: [number, number];
}

export function linearScale(domain: [number, number], range: [number, number], clamp = false): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number): number => {
    const v = clamp ? Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1)) : value;
    return r0 + ((v - d0) / span) * (r1 - r0);
  }) as LinearScale;
  scale.domain = [d0, d1];
  return scale;
}

/** About `count` round values across a scale's domain; apart from the scale, so a layout without an axis (the gauge) does not carry d3's tick code. */
export function linearTicks(scale: LinearScale, count: number): number[] {
  return niceTicks(scale.domain[0], scale.domain[1], count);
}

/** The extent rounded out to values a reader expects on an axis (0–100, not 3.7–97.2). */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  const [a, b] = niceExtent(min, max, count);
  return [a, b];
}

/** Whole days since 1970-01-01 of an ISO date (a timestamp's day for a longer text), or NaN. */
export function dayOf(iso: string): number {
  const day = iso.slice(0, 10);
  return isIsoDay(day) ? toDay(day) : Number.NaN;
}

/** The ISO date of a day number. */
export const isoOfDay: (day: number) => string = fromDay;

/**
 * Calendar ticks between two days: the first of every 1, 2, 3, 6 or 12 months (aligned to
 * January), or every 1, 2, 7 or 14 days for short windows — the coarsest that keeps at most
 * `count` ticks, so labels never crowd.
 */
export function calendarTicks(startDay: number, endDay: number, count: number): number[] {
  const max = Math.max(1, count);
  const span = endDay - startDay;
  if (span <= 62) {
    const step = [1, 2, 7, 14].find((s) => span / s <= max) ?? 14;
    const first = Math.ceil(startDay / step) * step;
    const out: number[] = [];
    for (let d = first; d <= endDay; d += step) out.push(d);
    return out;
  }
  const start = civilOfDay(startDay);
  const end = civilOfDay(endDay);
  const months = (end.year - start.year) * 12 + end.month - start.month;
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= max) ?? Math.ceil(months / max / 12) * 12;
  const out: number[] = [];
  let year = start.year;
  // Months counted from 0 here, so that a step divides January's number.
  let month = start.month - 1;
  if (start.day !== 1) month += 1;
  while (month % step !== 0) month += 1;
  for (;;) {
    const day = dayOfCivil(year, month + 1, 1);
    if (day > endDay) break;
    if (day >= startDay) out.push(day);
    month += step;
    while (month >= 12) {
      month -= 12;
      year += 1;
    }
  }
  return out;
}
