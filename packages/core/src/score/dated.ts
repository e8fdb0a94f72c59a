import { toDay } from './dates.js';
import type { DatedValue } from './types.js';

/**
 * Sorted by date; items on the same date keep their file order, so the last of a day is
 * "the later one in the file" that the tie rule asks for.
 */
export function byDate<T extends { date: string }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, day: toDay(item.date) }))
    .sort((a, b) => a.day - b.day || a.index - b.index)
    .map((entry) => entry.item);
}

/** Items of a date-sorted list dated within `[from, to]` (day numbers, both inclusive). */
export function withinDays<T extends { date: string }>(sorted: readonly T[], from: number, to: number): T[] {
  return sorted.filter((item) => {
    const day = toDay(item.date);
    return day >= from && day <= to;
  });
}

/** Items of a date-sorted list dated on or before `to`. */
export function upToDay<T extends { date: string }>(sorted: readonly T[], to: number): T[] {
  return withinDays(sorted, Number.NEGATIVE_INFINITY, to);
}

/** Numeric check-in values only: booleans belong to milestones and mean nothing on a scale. */
export function numericValues(checkins: readonly { date: string; value: number | boolean }[]): DatedValue[] {
  const numeric: DatedValue[] = [];
  for (const c of checkins) if (typeof c.value === 'number') numeric.push({ date: c.date, value: c.value });
  return numeric;
}
